<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionFields</name>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="55"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="56"/>
        <source>Action ID (UUID)</source>
        <translation>行動の識別番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="57"/>
        <source>Title (English)</source>
        <translation>件名（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="58"/>
        <source>Title (Japanese)</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="59"/>
        <source>Text (English)</source>
        <translation>本文（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="60"/>
        <source>Text (Japanese)</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="61"/>
        <source>Lead delegation</source>
        <translation>主導代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="62"/>
        <source>Partners</source>
        <translation>協力代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="63"/>
        <source>Implements</source>
        <translation>関連段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="64"/>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="65"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="66"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="102"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="105"/>
        <source>Overdue only</source>
        <translation>期限超過のみ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="112"/>
        <source>Annex PDF…</source>
        <translation>協調行動集PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="114"/>
        <source>Follow-up report PDF…</source>
        <translation>フォローアップ報告PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="119"/>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="121"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="62"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="99"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="130"/>
        <source>Owner</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="66"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="101"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="131"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="184"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="64"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="132"/>
        <source>Implements</source>
        <translation>対応パラグラフ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="159"/>
        <source>Add follow-up…</source>
        <translation>フォローアップを追加…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="165"/>
        <source>Implements (double-click to open)</source>
        <translation>対応パラグラフ(ダブルクリックで開く)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="167"/>
        <source>Follow-up log</source>
        <translation>フォローアップ記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="184"/>
        <source>Delegation / action</source>
        <translation>代表団 / 行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="65"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="184"/>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="123"/>
        <source>Carry over…</source>
        <translation>次の会合へ引き継ぐ…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="125"/>
        <source>Start the next meeting&apos;s action list from the open actions of this one</source>
        <translation>この会合の未完了の行動から次の会合の行動一覧を始めます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="79"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="188"/>
        <source>Actions</source>
        <extracomment>the most a short column of the action table takes (its text wraps or is cut beyond) the person asked to see a paragraph (a linked clause) in the drafting view the user asks for a PDF of this kind (annex, followup) an action to select once the data has arrived (followed from a paragraph)</extracomment>
        <translation>行動一覧</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="107"/>
        <source>Linked paragraphs</source>
        <translation>関連する段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="116"/>
        <source>New action…</source>
        <translation>新しい行動…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="117"/>
        <source>Add an action to an annex, typed here</source>
        <translation>附属書に行動をここで入力して追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="153"/>
        <source>The action in detail</source>
        <translation>行動の詳細</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="155"/>
        <source>Paragraphs it implements</source>
        <translation>実施する段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="158"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="189"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="240"/>
        <source>All owners</source>
        <translation>すべての主担当</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="242"/>
        <source>Any paragraph</source>
        <translation>すべてのパラグラフ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="293"/>
        <source>Select an action to see its texts and links.</source>
        <translation>行動を選択すると、その本文とリンクを表示します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="300"/>
        <source>Owner: {owner}</source>
        <translation>主担当: {owner}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="302"/>
        <source>Partners: {codes}</source>
        <translation>協力代表団: {codes}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="304"/>
        <source>Contact: {name}</source>
        <translation>連絡先: {name}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="308"/>
        <source>Carried over from an earlier meeting.</source>
        <translation>以前の会合から引き継いだ行動です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="312"/>
        <source>{doc}: deleted paragraph — {words}</source>
        <translation>{doc}: 削除されたパラグラフ — {words}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="356"/>
        <source>{late} overdue, {soon} due soon</source>
        <translation>期限超過 {late} 件、期限間近 {soon} 件</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="463"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>スプレッドシート (*.xlsx *.ods *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="110"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="362"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="362"/>
        <source>due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="385"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="402"/>
        <location filename="../../meetingdesk/ui/actions/view.py" line="448"/>
        <source>Not saved: {reason}</source>
        <translation>保存されませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="424"/>
        <source>Actions live in an annex: create an annex document first (Documents page, New document…).</source>
        <translation>行動は附属書に置かれます。先に附属書の文書を作成してください(文書ページの「新しい文書…」)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="461"/>
        <source>Import actions</source>
        <translation>行動を取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="492"/>
        <source>Nothing carried over: {reason}</source>
        <translation>引き継ぎませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="496"/>
        <source>{added} action(s) carried over, {skipped} already there.</source>
        <translation>{added} 件の行動を引き継ぎました（{skipped} 件は引き継ぎ済み）。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="511"/>
        <source>Export actions</source>
        <translation>行動を書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="511"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="520"/>
        <source>Export failed: {reason}</source>
        <translation>書き出しに失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="523"/>
        <source>Actions written to {path}</source>
        <translation>行動を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/view.py" line="196"/>
        <source>Action plan</source>
        <translation>行動計画</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="36"/>
        <source>proposed</source>
        <translation>提案中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="37"/>
        <source>agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="38"/>
        <source>in progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="39"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="40"/>
        <source>dropped</source>
        <translation>取りやめ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="60"/>
        <source>No.</source>
        <extracomment>why the login may not edit in place (&quot;&quot; when it may): cells then stay read-only and say why in their tooltip (ui.team.rights.why_not)</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="61"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="63"/>
        <source>Partners</source>
        <translation>協力代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/model.py" line="139"/>
        <source>A linked paragraph was deleted (†); the link is kept.</source>
        <translation>リンク先のパラグラフが削除されています (†)。リンクは残してあります。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="60"/>
        <source>&amp;New meeting…</source>
        <translation>新しい会合(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="62"/>
        <source>Create a meeting in this database</source>
        <translation>このデータベースに会合を作成します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="65"/>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="67"/>
        <source>Open another database file or a team server</source>
        <translation>別のデータベースファイルまたはチームサーバーを開きます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="70"/>
        <source>&amp;Backup…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="72"/>
        <source>Write a copy of this database to a file</source>
        <translation>このデータベースの複製をファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="75"/>
        <source>&amp;Check database…</source>
        <translation>データベースを検査(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="77"/>
        <source>Check integrity, history guards and the audit chain of this database</source>
        <translation>このデータベースの整合性・履歴保護・監査記録の連鎖を検査します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="83"/>
        <source>&amp;Find in documents…</source>
        <translation>文書内を検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="85"/>
        <source>Search every document of the meeting, English and Japanese</source>
        <translation>会合のすべての文書を英語と日本語で検索します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="90"/>
        <source>Order of &amp;precedence…</source>
        <translation>席次(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="92"/>
        <source>Choose how delegations are ordered everywhere</source>
        <translation>代表団の並び順の規則を選びます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="95"/>
        <source>&amp;Import participants…</source>
        <translation>参加者を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="97"/>
        <source>Read participants from a CSV or XLSX file</source>
        <translation>CSV または XLSX ファイルから参加者を読み込みます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="100"/>
        <source>&amp;Export participants…</source>
        <translation>参加者を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="102"/>
        <source>Write the list of participants to XLSX</source>
        <translation>参加者名簿を XLSX に書き出します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="105"/>
        <source>Export &amp;calendar…</source>
        <translation>カレンダーを書き出す(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="107"/>
        <source>Write the agenda as an iCalendar (.ics) file</source>
        <translation>議事日程を iCalendar (.ics) ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="110"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="112"/>
        <source>Write a PDF: final text, compilation, redline, agenda, badges …</source>
        <translation>PDF を書き出します: 最終テキスト、コンピレーション・テキスト、見え消し、議事日程、IDバッジ …</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="117"/>
        <source>Export meeting boo&amp;k…</source>
        <translation>会合資料集を書き出す(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="119"/>
        <source>Agenda, participants and the current documents in one PDF</source>
        <translation>議事日程・参加者名簿・現行の文書を一つの PDF にまとめます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="124"/>
        <source>Import proposals from &amp;Word…</source>
        <translation>Wordから提案を取り込む(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="126"/>
        <source>Read a revision returned with tracked changes as proposals</source>
        <translation>変更履歴付きで返送された改訂版を提案として読み込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="131"/>
        <source>Circu&amp;late a revision…</source>
        <translation>改訂版を配布(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="133"/>
        <source>PDF, Word file and an e-mail draft per delegation, recorded</source>
        <translation>PDF、Wordファイル及び代表団ごとのメール下書きを作成し、記録する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="140"/>
        <source>Print the final text of the open document</source>
        <translation>開いている文書の最終テキストを印刷します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="143"/>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="145"/>
        <source>Preview the printed final text</source>
        <translation>最終テキストの印刷イメージを確認します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="148"/>
        <source>Check ou&amp;t package…</source>
        <translation>パッケージをチェックアウト(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="150"/>
        <source>Take documents to a laptop as one file, to draft offline</source>
        <translation>文書を一つのファイルにまとめてノートPCに持ち出し、オフラインで起草します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="155"/>
        <source>Check &amp;in package…</source>
        <translation>パッケージをチェックイン(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="157"/>
        <source>Bring offline work back: merge it clause by clause</source>
        <translation>オフラインでの作業を戻し、条項ごとにマージします</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="162"/>
        <source>&amp;Update package from this database…</source>
        <translation>このデータベースからパッケージを更新(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="164"/>
        <source>Bring newer work into a package before going offline again</source>
        <translation>再びオフラインで作業する前に、新しい作業内容をパッケージに取り込みます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="169"/>
        <source>Resolve merge con&amp;flicts…</source>
        <translation>マージの競合を解決(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="171"/>
        <source>Decide the clauses a check-in left in conflict</source>
        <translation>チェックインで競合となった条項の扱いを決めます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="173"/>
        <source>&amp;About MeetingDesk</source>
        <translation>MeetingDesk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="175"/>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="177"/>
        <source>Show the folder of the program&apos;s log files</source>
        <translation>プログラムのログファイルがあるフォルダーを表示します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="179"/>
        <source>&amp;Recent databases</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="181"/>
        <source>&amp;Projector</source>
        <translation>プロジェクター(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="183"/>
        <source>Show the selected clause in large type for the room&apos;s screen</source>
        <translation>選択した条項を会場のスクリーン用に大きな文字で表示する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="194"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="217"/>
        <source>&amp;Meeting</source>
        <translation>会合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="223"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="225"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="246"/>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_actions.py" line="250"/>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
</context>
<context>
    <name>ActionsImportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="71"/>
        <source>Import actions</source>
        <extracomment>the file was read and the preview is shown (or its reading was refused)</extracomment>
        <translation>行動を取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="80"/>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="84"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="80"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="80"/>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="84"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="84"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="91"/>
        <source>Confirm import</source>
        <translation>取り込みを確定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="99"/>
        <source>Rows that create or change an action</source>
        <translation>行動を作成または変更する行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="101"/>
        <source>Problems (nothing is imported while there are any)</source>
        <translation>問題(問題が残っている間は何も取り込みません)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="104"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="127"/>
        <source>new action</source>
        <translation>新しい行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="127"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="128"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="147"/>
        <source>%n problem(s) found: fix the file and import it again.</source>
        <translation>
            <numerusform>問題が %n 件あります。ファイルを修正して、もう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="151"/>
        <source>{new} new, {changed} changed, {same} unchanged.</source>
        <translation>新規 {new} 件、変更 {changed} 件、変更なし {same} 件。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="162"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="119"/>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="175"/>
        <source>Import refused: {reason}</source>
        <translation>取り込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="28"/>
        <source>Japanese text missing ({n} clauses)</source>
        <translation>日本語テキストがない（{n}条項）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="31"/>
        <source>Japanese text out of date ({n} clauses)</source>
        <translation>日本語テキストが古い（{n}条項）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="34"/>
        <source>Proposals still open</source>
        <translation>未処理の提案がある</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="35"/>
        <source>Comments not resolved</source>
        <translation>未解決のコメントがある</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="36"/>
        <source>Open brackets remain</source>
        <translation>角括弧が残っている</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="37"/>
        <source>Ad ref pending</source>
        <translation>アド・レフ(確認待ち)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="38"/>
        <source>The silence procedure is still running</source>
        <translation>沈黙手続が進行中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="41"/>
        <source>The silence procedure was broken</source>
        <translation>沈黙手続が破られた</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="44"/>
        <source>The text differs from the one circulated</source>
        <translation>テキストが回付されたものと異なる</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="65"/>
        <source>Adopt document</source>
        <translation>文書を採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="68"/>
        <source>{name} cannot be adopted yet:</source>
        <translation>{name}はまだ採択できません：</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="72"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="77"/>
        <source>Reason for adopting anyway (recorded)</source>
        <translation>それでも採択する理由（記録されます）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="78"/>
        <source>Override reason</source>
        <translation>オーバーライドの理由</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="81"/>
        <source>Adopt with override</source>
        <translation>オーバーライドして採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="85"/>
        <source>The secretariat may adopt anyway; the reason is kept in the history.</source>
        <translation>事務局は採択できます。理由は履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="95"/>
        <source>Brackets, ad ref and the silence procedure cannot be overridden.</source>
        <translation>角括弧、アド・レフ及び沈黙手続はオーバーライドできません。</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="72"/>
        <source>Agenda</source>
        <extracomment>the most each title column takes (at 1280 px the Warnings column lay off the edge) the agenda was changed through a service a readable reason a move was refused the user wants to edit this session id the user wants to edit this agenda item id</extracomment>
        <translation>議事日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="75"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="76"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="77"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="78"/>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="79"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="80"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_editor.py" line="225"/>
        <source>A session moves within its day; change its date to move it to another day.</source>
        <translation>セッションは同じ日の中でだけ移動できます。別の日に移すには日付を変更してください。</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="66"/>
        <source>Agenda PDF…</source>
        <extracomment>the user asks for a PDF of this kind (the agenda)</extracomment>
        <translation>議事日程PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="68"/>
        <source>Export calendar (.ics)…</source>
        <translation>カレンダーを書き出す (.ics)…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="72"/>
        <source>Drag a session or an item to reorder; ⚠ marks a clash (see the list below)</source>
        <translation>セッションや議題はドラッグで並べ替えられます。⚠ は重複を示します（下の一覧を参照）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="87"/>
        <source>Add session…</source>
        <translation>セッションを追加…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="89"/>
        <source>Add item…</source>
        <translation>議題を追加…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="90"/>
        <source>Add an item to the selected session</source>
        <translation>選択したセッションに議題を追加します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="92"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="94"/>
        <source>Edit the selected session or item (or double-click it)</source>
        <translation>選択したセッションまたは議題を編集します（ダブルクリックでも編集できます）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="97"/>
        <source>Remove session…</source>
        <translation>セッションを削除…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="100"/>
        <source>Take the selected session off the agenda; calendars exported from now on cancel it</source>
        <translation>選択したセッションを議事日程から外します。これ以降に書き出すカレンダーでは中止として扱われます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="106"/>
        <source>Clashes</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="136"/>
        <source>Agenda</source>
        <translation>議事日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="160"/>
        <source>Times are shown in the meeting&apos;s time zone: {zone} ({offset}).</source>
        <translation>時刻は会合のタイムゾーンで表示しています: {zone} ({offset})。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="176"/>
        <source>Clash warnings: %n</source>
        <translation>
            <numerusform>重複の警告: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="195"/>
        <source>Not moved</source>
        <translation>移動できません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="263"/>
        <source>Remove session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="265"/>
        <source>Remove “{title}” from the agenda? Calendars exported from now on tell calendar programs that it is cancelled.</source>
        <translation>「{title}」を議事日程から外しますか？これ以降に書き出すカレンダーは、カレンダーソフトに中止を伝えます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="367"/>
        <source>Export calendar</source>
        <translation>カレンダーを書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="369"/>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="385"/>
        <source>Calendar written to {path}</source>
        <translation>カレンダーを {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/agenda_view.py" line="392"/>
        <source>Calendar not written</source>
        <translation>カレンダーを書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../meetingdesk/app.py" line="92"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/app.py" line="100"/>
        <source>Demo meeting not loaded</source>
        <translation>デモ会合を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_start.py" line="86"/>
        <source>Login cancelled.</source>
        <extracomment>work done on the new Desk in the background before the pages show it; returns a problem worth telling (&apos;&apos; when none)</extracomment>
        <translation>ログインが取り消されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/app.py" line="68"/>
        <source>Package not opened</source>
        <translation>パッケージを開けませんでした</translation>
    </message>
</context>
<context>
    <name>BlameBrowser</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="240"/>
        <source>No text in this language yet.</source>
        <translation>この言語のテキストはまだありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="252"/>
        <source>{who} ({delegation}), {time}
{note}</source>
        <translation>{who}({delegation})、{time}
{note}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="255"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
</context>
<context>
    <name>BlamePanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="291"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="36"/>
        <source>Export calendar</source>
        <translation>カレンダーを書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="38"/>
        <source>Whole meeting</source>
        <translation>会合全体</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="41"/>
        <source>Sessions of {code} — {name}</source>
        <translation>{code} — {name} のセッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="48"/>
        <source>Sessions of {name} ({code})</source>
        <translation>{name}（{code}）のセッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="55"/>
        <source>A delegation&apos;s (or a person&apos;s) calendar holds the plenary sessions and those where one of its participants (or the person) chairs or speaks.</source>
        <translation>代表団（または個人）のカレンダーには、全体会合と、その代表団の参加者（またはその人）が議長または発言者となるセッションが含まれます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/calendar_export.py" line="65"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/actions/carry_over_dialog.py" line="28"/>
        <source>Carry over open actions</source>
        <translation>未完了の行動の引き継ぎ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/carry_over_dialog.py" line="31"/>
        <source>The open actions of {title} (proposed, agreed, in progress) are copied into the annex of the meeting chosen here, each linked to its history. Running it again adds nothing.</source>
        <translation>{title} の未完了の行動（提案中・合意済み・実施中）を、ここで選ぶ会合の附属書に写し、それぞれ元の経緯に結び付けます。もう一度実行しても何も追加されません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/carry_over_dialog.py" line="39"/>
        <source>New meeting…</source>
        <translation>新しい会合…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/carry_over_dialog.py" line="42"/>
        <source>Add the delegations the chosen meeting does not have yet</source>
        <translation>選んだ会合にまだない代表団を追加する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/carry_over_dialog.py" line="52"/>
        <source>Into meeting</source>
        <translation>引き継ぎ先の会合</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="85"/>
        <source>Action follow-ups</source>
        <translation>行動のフォローアップ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="86"/>
        <source>Actions</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="87"/>
        <source>Action links</source>
        <translation>行動の関連付け</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="88"/>
        <source>Action partners</source>
        <translation>行動の協力メンバー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="89"/>
        <source>Agenda items</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="90"/>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="91"/>
        <source>Signed audit heads</source>
        <translation>監査記録の署名済みの先頭</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="92"/>
        <source>Audit events</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="93"/>
        <source>Circulations</source>
        <translation>配布</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="94"/>
        <source>Circulated files</source>
        <translation>配布したファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="95"/>
        <source>Circulation recipients</source>
        <translation>配布先</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="98"/>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="99"/>
        <source>Ad ref confirmations pending</source>
        <translation>アド・レフの確認待ち</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="100"/>
        <source>Clause versions</source>
        <translation>条項の版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="101"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="102"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="103"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="104"/>
        <source>Import column layouts</source>
        <translation>取り込みの列配置</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="105"/>
        <source>Meetings</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="106"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="107"/>
        <source>Positions on proposals</source>
        <translation>提案に対する代表団の立場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="108"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="109"/>
        <source>Revisions</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="110"/>
        <source>Revision concordance</source>
        <translation>改訂版の対照</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="111"/>
        <source>Revision entries</source>
        <translation>改訂版の項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="112"/>
        <source>Rooms</source>
        <translation>会議室</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="113"/>
        <source>Seats</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="114"/>
        <source>Seating plans</source>
        <translation>座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="115"/>
        <source>Session speakers</source>
        <translation>セッションの発言者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="116"/>
        <source>Objections under silence</source>
        <translation>沈黙手続への異議</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="117"/>
        <source>Database information</source>
        <translation>データベース情報</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="118"/>
        <source>User accounts</source>
        <translation>ユーザーアカウント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="119"/>
        <source>Word authors</source>
        <translation>Word 文書の作成者</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="29"/>
        <source>Database check</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="38"/>
        <source>The database is OK.</source>
        <translation>データベースに問題はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="41"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>問題が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="44"/>
        <source>Database: {database}
Schema: {schema} (program: {head})</source>
        <translation>データベース: {database}
スキーマ: {schema}(プログラム: {head})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="51"/>
        <source>What the check found</source>
        <translation>検査で見つかったこと</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="57"/>
        <source>Integrity</source>
        <translation>整合性</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="58"/>
        <source>Foreign keys</source>
        <translation>外部キー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="59"/>
        <source>History guards</source>
        <translation>履歴の保護</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="60"/>
        <source>Audit chain</source>
        <translation>監査記録の連鎖</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="64"/>
        <source>✓ {check}: ok</source>
        <translation>✓ {check}: 問題なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/check_report.py" line="67"/>
        <source>{table}: {count} row(s)</source>
        <translation>{table}: {count} 行</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="44"/>
        <source>Check in %1</source>
        <translation>%1 をチェックイン</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="51"/>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="51"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="51"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="53"/>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="141"/>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="71"/>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されていません: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="80"/>
        <source>Taken: {taken} · merged: {merged} · conflicts: {conflicts} · new clauses: {new} · versions copied: {copied}</source>
        <translation>取り込み: {taken} ・ 統合: {merged} ・ 競合: {conflicts} ・ 新しい条項: {new} ・ 複写した版: {copied}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="91"/>
        <source>Taken</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="91"/>
        <source>changed on one side only</source>
        <translation>一方でのみ変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="92"/>
        <source>Merged</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="92"/>
        <source>both sides merged</source>
        <translation>双方の変更をマージ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="99"/>
        <source>Conflicts (%1)</source>
        <translation>競合 (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="103"/>
        <source>text overlaps</source>
        <translation>本文の変更が重なっている</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="104"/>
        <source>status changed on both sides</source>
        <translation>双方で状態を変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="105"/>
        <source>moved on both sides</source>
        <translation>双方で移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="106"/>
        <source>changed on both sides</source>
        <translation>双方で変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="113"/>
        <source>%1 — main database: %2 · this package: %3</source>
        <translation>%1 — メインデータベース：%2 · このパッケージ：%3</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="127"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="141"/>
        <source>Resolve… ({count} left)</source>
        <translation>解決…(残り {count} 件)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkin_dialog.py" line="156"/>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="36"/>
        <source>Check out for offline work</source>
        <translation>オフライン作業用にチェックアウト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="40"/>
        <source>Documents to check out</source>
        <translation>チェックアウトする文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="55"/>
        <source>(no delegation)</source>
        <translation>（代表団を指定しない）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="82"/>
        <source>Documents to take (an annex brings its parent)</source>
        <translation>持ち出す文書(附属文書には親文書も含まれます)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="84"/>
        <source>For the delegation of</source>
        <translation>使用する代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="66"/>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="88"/>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="121"/>
        <source>Package file</source>
        <translation>パッケージファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="123"/>
        <source>MeetingDesk package (*.mdpkg)</source>
        <translation>MeetingDesk パッケージ (*.mdpkg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/checkout_dialog.py" line="130"/>
        <source>Choose a package file.</source>
        <translation>パッケージファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="57"/>
        <source>Circulate a revision</source>
        <extracomment>the circulation was written and recorded (carries the CirculationSnap) it failed; carries the message shown</extracomment>
        <translation>改訂版の配布</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="65"/>
        <source>Folder to write the drafts in</source>
        <translation>下書きを書き出すフォルダー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="73"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="79"/>
        <source>e.g. G7 Secretariat &lt;secretariat@example.org&gt;</source>
        <translation>例：G7事務局 &lt;secretariat@example.org&gt;</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="80"/>
        <source>Open the folder when done</source>
        <translation>完了後にフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="83"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="84"/>
        <source>Revision</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="85"/>
        <source>Write into</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="86"/>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="89"/>
        <source>For each delegation an e-mail draft addressed to its contact points, with the compilation text as PDF and as Word (Track Changes on) and a cover note in English and Japanese. The circulation is recorded with each file&apos;s SHA-256.</source>
        <translation>代表団ごとに、連絡窓口宛てのメール下書きを作成します。コンピレーション・テキストのPDFとWord（変更履歴の記録は有効）を添付し、英語と日本語の送付状を付けます。配布は各ファイルのSHA-256とともに記録されます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="97"/>
        <source>Circulate</source>
        <translation>配布</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="122"/>
        <source>Folder for the drafts</source>
        <translation>下書きの保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="151"/>
        <source>%1 circulated to %2 delegation(s); files written to %3.</source>
        <translation>%1を%2の代表団に配布しました。ファイルの保存先：%3</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="157"/>
        <source>Circulated</source>
        <translation>配布しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="169"/>
        <source>Circulation failed</source>
        <translation>配布できませんでした</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/circulate.py" line="170"/>
        <source>Nothing was recorded.</source>
        <translation>何も記録されていません。</translation>
    </message>
</context>
<context>
    <name>ClashList</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="29"/>
        <source>No clashes in the agenda.</source>
        <extracomment>a session id the user wants to see</extracomment>
        <translation>議事日程に重複はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="43"/>
        <source>%1: room %2 is booked twice (%3 and %4)</source>
        <translation>%1: 会場 %2 が二重に予約されています(%3 と %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="46"/>
        <source>%1: %2 is in two places at once (%3 and %4)</source>
        <translation>%1: %2 が同時に二か所に割り当てられています(%3 と %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="49"/>
        <source>%1: %2 has not arrived yet for %3</source>
        <translation>%1: %2 は %3 の時点でまだ到着していません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="52"/>
        <source>%1: %2 has already left before %3 ends</source>
        <translation>%1: %2 は %3 の終了前に出発しています</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/clash_list.py" line="55"/>
        <source>%1: %2 is outside the meeting&apos;s dates</source>
        <translation>%1: %2 は会合の日程外です</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="85"/>
        <source>Reload (discard my text)</source>
        <extracomment>the text that has the keyboard shows it: a 2 px frame in the link colour (theme.mend_palette keeps it readable on dark palettes; the highlight was 2.8:1 on a dark field, and the style&apos;s own focus frame was the same grey as the other text&apos;s, light and dark) the editors hold text not yet saved (True) or not (False) a save went through (carries the fresh ClauseSnap) a save was refused because someone else saved first (carries the message) the person follows a link to an annex action that implements this clause (its id)</extracomment>
        <translation>再読み込み（自分のテキストを破棄）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="87"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="88"/>
        <source>Their text and yours, with the differences marked</source>
        <translation>相手の文と自分の文を、違いに印を付けて表示します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="103"/>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="399"/>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="427"/>
        <source>English</source>
        <extracomment>languages whose text someone else saved while this editor held unsaved text</extracomment>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="103"/>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="399"/>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="427"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="118"/>
        <source>English text of the clause</source>
        <translation>条項の英語テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="120"/>
        <source>Japanese text of the clause</source>
        <translation>条項の日本語テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="132"/>
        <source>Japanese is up to date</source>
        <translation>和文は最新</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="134"/>
        <source>The Japanese still matches the current English: mark it as translated from it</source>
        <translation>和文は現在の英文と一致している:現在の英文の翻訳として記録する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="137"/>
        <source>English changes…</source>
        <translation>英文の変更…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="139"/>
        <source>What changed in the English since the Japanese was translated</source>
        <translation>和文の翻訳後に英文で変わった箇所</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="154"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="155"/>
        <source>Save the clause text as a new version (Ctrl+S)</source>
        <translation>条項の本文を新しい版として保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="157"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="158"/>
        <source>Throw away unsaved changes</source>
        <translation>保存していない変更を破棄</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="203"/>
        <source>No clause selected</source>
        <translation>条項が選択されていません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="206"/>
        <source>Deleted clause ({kind}) — restore it to edit</source>
        <translation>削除された条項({kind})— 編集するには復元してください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="213"/>
        <source>Clause {number} — {status}</source>
        <translation>条項 {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="220"/>
        <source>The Japanese was translated from an older English text.</source>
        <translation>和文は古い英文から翻訳されています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="243"/>
        <source>Implemented by: {links}</source>
        <translation>実施する行動: {links}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="336"/>
        <source>Save {lang} text of {number}</source>
        <translation>{number} の {lang} 本文を保存</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="402"/>
        <source>Changed by {user} at {time} ({langs}) while you were editing. Your text is still here, not saved: compare it with theirs, or reload to take theirs.</source>
        <translation>編集中に {user} が {time} に変更しました（{langs}）。あなたの文は保存されずにここに残っています。相手の文と比較するか、再読み込みして相手の文を採用してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="422"/>
        <source>Their text and yours</source>
        <translation>相手の文と自分の文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="426"/>
        <source>{lang}: from the text {user} saved at {time} to yours</source>
        <translation>{lang}：{user} が {time} に保存した文から、あなたの文への違い</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/editor.py" line="450"/>
        <source>Not saved: {reason}. Your text is still here; copy what you need, then reload to see the text now in the database.</source>
        <translation>保存されませんでした: {reason}。入力した本文はここに残っています。必要な部分をコピーしてから再読込すると、データベースの現在の本文が表示されます。</translation>
    </message>
</context>
<context>
    <name>ClauseList</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="74"/>
        <source>No.</source>
        <extracomment>the least width the clause list keeps for its English column (about six words): with the panels beside it (their least width ~450 px) the page still fits a 1280 px window the Status column, and the most it takes before its text is cut (tooltip has it all) the selected clause (a ClauseSnap) or None the &quot;Show deleted&quot; box was ticked (True) or cleared (False)</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="75"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="76"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="78"/>
        <source>[ ]</source>
        <translation>[ ]</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="83"/>
        <source>JA</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="84"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="89"/>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="91"/>
        <source>Show clauses of status</source>
        <translation>表示する条項の状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="92"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="95"/>
        <source>Stale translations</source>
        <translation>古い翻訳</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="96"/>
        <source>Has open brackets</source>
        <translation>未解決の括弧あり</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="99"/>
        <source>Show deleted</source>
        <translation>削除済みを表示</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="101"/>
        <source>List deleted clauses too (struck through), so they can be restored</source>
        <translation>削除された条項も(取り消し線付きで)表示し、復元できるようにする</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="123"/>
        <source>{number} [deleted]</source>
        <translation>{number} ［削除］</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="134"/>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/clause_list.py" line="135"/>
        <source>stale</source>
        <translation>古い</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="37"/>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="44"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="37"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="37"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="41"/>
        <source>Write a comment…</source>
        <translation>コメントを入力…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="46"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="48"/>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="107"/>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="83"/>
        <source>[resolved] {body}</source>
        <translation>[解決済み] {body}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/comments.py" line="107"/>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="71"/>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="86"/>
        <source>Compare</source>
        <extracomment>a comparison is shown (carries the RedlineSnap) the comparison failed (carries the message) &quot;Show all&quot; has laid out every clause</extracomment>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="77"/>
        <source>Current text</source>
        <translation>現行テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="80"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="81"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="82"/>
        <source>Inline</source>
        <translation>見え消し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="84"/>
        <source>Side by side</source>
        <translation>左右対照</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="85"/>
        <source>Only changed clauses</source>
        <translation>変更のあった条項のみ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="88"/>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="89"/>
        <source>Stop this comparison (nothing is changed)</source>
        <translation>この比較を中止します(何も変更しません)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="103"/>
        <source>Differences</source>
        <translation>相違点</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="107"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="110"/>
        <source>Save this comparison as a redline: PDF, or Word with tracked changes</source>
        <translation>この比較を見え消し版として保存します(PDF、または変更履歴付きのWord)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="114"/>
        <source>From:</source>
        <translation>比較元:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="116"/>
        <source>To:</source>
        <translation>比較先:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="118"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="155"/>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="168"/>
        <source>Comparison stopped.</source>
        <translation>比較を中止しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="176"/>
        <source>{changed} changed, {added} added, {deleted} deleted, {moved} moved</source>
        <translation>変更 {changed}、追加 {added}、削除 {deleted}、移動 {moved}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="216"/>
        <source>Laying out… {done} of {n} clauses</source>
        <translation>表示を準備しています… {n} 条項のうち {done}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="244"/>
        <source>Show all {n} clauses</source>
        <translation>全 {n} 条項を表示</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="279"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="279"/>
        <source>Word document (*.docx)</source>
        <translation>Word文書 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/compare.py" line="281"/>
        <source>Export the comparison</source>
        <translation>比較を書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="57"/>
        <source>{number} (added)</source>
        <translation>{number}(追加)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="61"/>
        <source>{number} (deleted)</source>
        <translation>{number}(削除)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="65"/>
        <source>{number}, was {old}</source>
        <translation>{number}(旧 {old})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="69"/>
        <source>(moved)</source>
        <translation>(移動)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="94"/>
        <source>… 1 unchanged clause left out …</source>
        <translation>…… 変更のない条項 1 件を省略 ……</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="96"/>
        <source>… {n} unchanged clauses left out …</source>
        <translation>…… 変更のない条項 {n} 件を省略 ……</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="147"/>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="150"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/redline.py" line="151"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="44"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="44"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="46"/>
        <source>Conflict in %1 (%2)</source>
        <translation>%1 の競合(%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="56"/>
        <source>Main database</source>
        <translation>メインデータベース</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="61"/>
        <source>This package</source>
        <translation>このパッケージ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="68"/>
        <source>Base (when the package was taken)</source>
        <translation>共通の元(パッケージ持ち出し時)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="74"/>
        <source>Keep the main database&apos;s text</source>
        <translation>メインデータベースの文案を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="75"/>
        <source>Keep this package&apos;s text</source>
        <translation>このパッケージの文案を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="104"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="107"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="76"/>
        <source>Both as bracketed alternatives</source>
        <translation>両方を角括弧付きの代替案に</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="77"/>
        <source>Use the edited text</source>
        <translation>編集したテキストを使用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="78"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/conflict_view.py" line="95"/>
        <source>Resolution (editable)</source>
        <translation>解決案(編集可)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../meetingdesk/ui/crash.py" line="41"/>
        <source>Something went wrong</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/crash.py" line="42"/>
        <source>MeetingDesk met an unexpected error: {error}

Nothing you saved is lost. The details are in the log file in {folder}.</source>
        <translation>MeetingDesk で予期しないエラーが起きました: {error}

保存した内容は失われていません。詳細は {folder} のログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="138"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="138"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="152"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="34"/>
        <source>Edit delegation</source>
        <translation>代表団を編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="34"/>
        <source>New delegation</source>
        <translation>新しい代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="39"/>
        <source>ISO 3166 code (JPN, FRA …) or a short name (OECD)</source>
        <translation>ISO 3166 コード(JPN、FRA …)または略称(OECD)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="40"/>
        <source>Filled from ISO 3166 when left blank</source>
        <translation>空欄なら ISO 3166 から補完</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="41"/>
        <source>Kana, for the Japanese order</source>
        <translation>かな(五十音順の並べ替えに使用)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="45"/>
        <source>This delegation hosts the meeting</source>
        <translation>この代表団が会合を主催する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="47"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="48"/>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="49"/>
        <source>Name (French)</source>
        <translation>名称（フランス語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="50"/>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="51"/>
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="52"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="54"/>
        <source>Contact point</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegation_dialog.py" line="76"/>
        <source>A delegation needs a code.</source>
        <translation>代表団にはコードが必要です。</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="68"/>
        <source>Order</source>
        <extracomment>the user asks for a PDF of this kind (participants, badges, nameplates)</extracomment>
        <translation>席次</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="69"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="70"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="83"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="71"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="84"/>
        <source>Name (Japanese)</source>
        <translation>名前(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="72"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="73"/>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="74"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="94"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="208"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="85"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="86"/>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="87"/>
        <source>Position (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="88"/>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="101"/>
        <source>Add delegation…</source>
        <translation>代表団を追加…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="102"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="103"/>
        <source>Retire</source>
        <translation>除籍</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="104"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="105"/>
        <source>Order of precedence…</source>
        <translation>席次…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="106"/>
        <source>Show retired</source>
        <translation>除籍済みも表示</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="109"/>
        <source>Add participant…</source>
        <translation>参加者を追加…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="110"/>
        <source>Edit participant…</source>
        <translation>参加者を編集…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="111"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="402"/>
        <source>Retire participant</source>
        <translation>参加者を除籍</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="112"/>
        <source>Import participants…</source>
        <translation>参加者を取り込む…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="113"/>
        <source>Export participants to XLSX…</source>
        <translation>参加者を XLSX に書き出す…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="114"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="117"/>
        <source>List of participants…</source>
        <translation>参加者名簿…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="118"/>
        <source>Badges…</source>
        <translation>IDバッジ…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="119"/>
        <source>Name plates…</source>
        <translation>卓上名札…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="79"/>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="173"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="203"/>
        <source>{kind} (retired)</source>
        <translation>{kind}（除籍）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="215"/>
        <source>Participants of {name}</source>
        <translation>{name} の参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="283"/>
        <source>Retire {code} — {name}? It leaves every list; its history stays.</source>
        <translation>{code} — {name} を除籍しますか？すべての一覧から外れますが、履歴は残ります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="288"/>
        <source>Its %n participant(s) are retired with it.</source>
        <translation>
            <numerusform>所属する参加者 %n 人も併せて除籍されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="292"/>
        <source>Its proposals ({proposals}) and positions ({positions}) keep naming it.</source>
        <translation>この代表団の提案({proposals} 件)と立場({positions} 件)には、引き続きこの代表団名が残ります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="294"/>
        <source>Retire delegation</source>
        <translation>代表団を除籍</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="403"/>
        <source>Retire {name}? The person leaves every list; the history stays.</source>
        <translation>{name} を除籍しますか？すべての一覧から外れますが、履歴は残ります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="431"/>
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>参加者 %n 人を取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="440"/>
        <source>Export participants</source>
        <translation>参加者を書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="442"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="455"/>
        <source>Participants written to {path}</source>
        <translation>参加者名簿を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/delegations_view.py" line="458"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/demo_banner.py" line="27"/>
        <source>This is the demo meeting (G7 ICT Ministers&apos; Meeting, Takamatsu 2016), kept in its own file: try anything here. Your own work goes into your own database.</source>
        <extracomment>the person wants their own meeting</extracomment>
        <translation>これはデモ会合(G7情報通信大臣会合、高松 2016)で、専用のファイルに保存されています。ここでは自由に試せます。あなたの作業はあなた自身のデータベースに保存されます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/demo_banner.py" line="33"/>
        <source>Start your own meeting…</source>
        <translation>自分の会合を始める…</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="45"/>
        <source>Rename document</source>
        <translation>文書の名前を変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="45"/>
        <source>New document</source>
        <translation>新しい文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="52"/>
        <source>e.g. declaration</source>
        <translation>例: declaration</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="54"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="60"/>
        <source>Title (English)</source>
        <translation>題名(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="61"/>
        <source>Title (Japanese)</source>
        <translation>題名(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="62"/>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/document_dialog.py" line="63"/>
        <source>Annex to</source>
        <translation>附属する文書</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="52"/>
        <source>Name</source>
        <extracomment>document id → delegation code → (revision label, when) it last received the user asks to open a document for drafting (double-click; carries its id) the user asks for a PDF of the selected document (id, revision label: &quot;&quot; = current)</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="53"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="73"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="57"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="58"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="74"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="59"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="83"/>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="61"/>
        <source>Revisions</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="72"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="75"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="76"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="77"/>
        <source>Open brackets</source>
        <translation>未解決の角括弧</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="84"/>
        <source>Open for drafting</source>
        <translation>起草画面で開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="85"/>
        <source>Edit the selected document clause by clause</source>
        <translation>選択した文書を条項ごとに編集します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="88"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="89"/>
        <source>Export the selected document as a PDF</source>
        <translation>選択した文書を PDF に書き出します</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="92"/>
        <source>Double-click a document to open it for drafting.</source>
        <translation>文書をダブルクリックすると起草画面で開きます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="68"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="147"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="56"/>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="93"/>
        <source>New document…</source>
        <translation>新しい文書…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="95"/>
        <source>Import draft…</source>
        <translation>草案を取り込む…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="97"/>
        <source>A new document from a Word, text or Markdown file, or pasted text</source>
        <translation>Word・テキスト・Markdown ファイル、または貼り付けたテキストから新しい文書を作成</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="100"/>
        <source>Import new text…</source>
        <translation>新しいテキストを取り込む…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="102"/>
        <source>The chair&apos;s next text of the selected document, from Word or pasted</source>
        <translation>選んだ文書の議長の次のテキストを Word または貼り付けから取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="107"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="109"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="111"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="208"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="253"/>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="264"/>
        <source>Not saved: {reason}</source>
        <translation>保存されませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="288"/>
        <source>Not circulated yet.</source>
        <translation>まだ配布されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="290"/>
        <source>{code}: {revision} ({when})</source>
        <translation>{code}：{revision}（{when}）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="295"/>
        <source>Last received: {list}</source>
        <translation>最後に受け取った版：{list}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="300"/>
        <source>(ad ref: {codes})</source>
        <translation>(アド・レフ: {codes})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/documents_view.py" line="302"/>
        <source>Japanese outdated</source>
        <translation>日本語訳が古い</translation>
    </message>
</context>
<context>
    <name>DraftImportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="70"/>
        <source>Import a draft as a new document</source>
        <extracomment>emitted with the document written into (its id)</extracomment>
        <translation>草案を新しい文書として取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="73"/>
        <source>Import a new text of {name}</source>
        <translation>{name} の新しいテキストを取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="83"/>
        <source>New document</source>
        <translation>新しい文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="92"/>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="115"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="92"/>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="116"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="94"/>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="96"/>
        <source>Paste…</source>
        <translation>貼り付け…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="98"/>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="180"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="105"/>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="297"/>
        <source>Choose or paste the English text.</source>
        <translation>英語のテキストを選ぶか貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="111"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="112"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="113"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="114"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="117"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="123"/>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="127"/>
        <source>Import although Japanese paragraphs are missing (they are flagged)</source>
        <translation>日本語の段落が欠けていても取り込む(欠落を記録)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="133"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="145"/>
        <source>Draft file</source>
        <translation>草案ファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="147"/>
        <source>Word, text or Markdown (*.docx *.txt *.md *.markdown);;All files (*)</source>
        <translation>Word・テキスト・Markdown (*.docx *.txt *.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="161"/>
        <source>reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="165"/>
        <source>reading the pasted text…</source>
        <translation>貼り付けたテキストを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="173"/>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="175"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="182"/>
        <source>Not read: {reason}</source>
        <translation>読み込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="272"/>
        <source>Problem: {text}</source>
        <translation>問題: {text}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="274"/>
        <source>Mismatch: {text}</source>
        <translation>不一致: {text}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="276"/>
        <source>Not imported: {text}</source>
        <translation>取り込まれないもの: {text}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="282"/>
        <source>Sub-paragraph</source>
        <translation>小段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="287"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="288"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="289"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="290"/>
        <source>dropped</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="300"/>
        <source>Correct the kinds of the lines marked as problems.</source>
        <translation>問題のある行の種類を直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="302"/>
        <source>Some Japanese paragraphs have no English.</source>
        <translation>英語のない日本語の段落があります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="304"/>
        <source>English and Japanese do not match: fix the files or tick the box.</source>
        <translation>英語と日本語が一致しません。ファイルを直すか、チェックボックスを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="309"/>
        <source>Give the new document an English title and a free short name.</source>
        <translation>新しい文書に英語の題名と未使用の略称を付けてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="320"/>
        <source>%n paragraph(s) to write</source>
        <translation>
            <numerusform>書き込む段落: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="323"/>
        <source>{new} new, {changed} changed, {dropped} dropped</source>
        <translation>新規 {new}、変更 {changed}、削除 {dropped}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/import_dialog.py" line="377"/>
        <source>Import refused: {reason}</source>
        <translation>取り込みを拒否しました: {reason}</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/commands.py" line="53"/>
        <source>undo/redo in the editor</source>
        <extracomment>the head this command left: ``after`` once saved, then each restore&apos;s new version</extracomment>
        <translation>エディタでの元に戻す/やり直し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/commands.py" line="75"/>
        <source>Undo refused</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/commands.py" line="76"/>
        <source>This clause was changed elsewhere (by a colleague or a check-in) after your edit, so undoing it would throw their work away. Nothing was changed; the undo history of this document is cleared.</source>
        <translation>あなたの編集の後に、この条項は別の場所（同僚またはチェックイン）で変更されたため、元に戻すとその作業が失われます。何も変更していません。この文書の元に戻す履歴は消去されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/context.py" line="100"/>
        <source>Changed by someone else</source>
        <extracomment>a clause the user wants to see (carries its id) the document&apos;s deleted clauses, read only while the list shows them re-read the document on screen (set by the view)</extracomment>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/context.py" line="107"/>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="44"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="45"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="46"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="406"/>
        <source>Zero draft</source>
        <translation>ゼロ・ドラフト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="407"/>
        <source>Compilation text</source>
        <translation>コンピレーション・テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="408"/>
        <source>Chair&apos;s text</source>
        <translation>議長テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="409"/>
        <source>Clean text</source>
        <translation>クリーン・テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="410"/>
        <source>Adopted text</source>
        <translation>採択テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="372"/>
        <source>Insert words</source>
        <translation>文言の挿入</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="373"/>
        <source>Replace wording</source>
        <translation>文言の置換</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="374"/>
        <source>Delete clause</source>
        <translation>条項の削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="375"/>
        <source>Move clause</source>
        <translation>条項の移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="376"/>
        <source>New clause</source>
        <translation>新しい条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="383"/>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="384"/>
        <source>Oppose</source>
        <translation>反対</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="385"/>
        <source>Reserve</source>
        <translation>留保</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="386"/>
        <source>Awaiting instructions</source>
        <translation>訓令待ち</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="387"/>
        <source>No position</source>
        <translation>立場未表明</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="394"/>
        <source>Open</source>
        <translation>未処理</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="395"/>
        <source>Accepted</source>
        <translation>受け入れ済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="396"/>
        <source>Incorporated as alternative</source>
        <translation>代替案として取り込み済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="397"/>
        <source>Rejected</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="398"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="399"/>
        <source>Lapsed on adoption</source>
        <translation>採択により失効</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="440"/>
        <source>{label} — {kind}</source>
        <translation>{label} — {kind}</translation>
    </message>
</context>
<context>
    <name>DraftingStructure</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="45"/>
        <source>Bracket {n} dropped</source>
        <translation>角括弧 {n} の箇所を削除しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="47"/>
        <source>Brackets lifted from bracket {n}</source>
        <translation>角括弧 {n} を外しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="52"/>
        <source>Alternative {k}{who} of bracket {n} kept</source>
        <translation>角括弧 {n} の選択肢 {k}{who} を残しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="116"/>
        <source>Concordance — {label}</source>
        <translation>番号対照表 — {label}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="124"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="125"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="134"/>
        <source>[deleted]</source>
        <translation>［削除］</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="139"/>
        <source>Numbers not listed are unchanged.</source>
        <translation>記載のない番号に変更はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="159"/>
        <source>Indent</source>
        <translation>字下げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="164"/>
        <source>Outdent</source>
        <translation>字上げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="169"/>
        <source>Make the clause a sub-paragraph of the one above</source>
        <translation>条項を直前の条項の細目にする</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="174"/>
        <source>Lift the sub-paragraph one level</source>
        <translation>細目を一階層上げる</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="177"/>
        <source>Renumber as clean text…</source>
        <translation>クリーン・テキストとして番号を振り直す…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="182"/>
        <source>End the round: number every paragraph afresh and freeze a clean text</source>
        <translation>ラウンドを終える：全パラグラフの番号を振り直し、クリーン・テキストを確定する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="188"/>
        <source>Keep numbers in the round</source>
        <translation>ラウンド中は番号を固定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="192"/>
        <source>On: once a revision is frozen, new paragraphs are 8bis, 8ter… and deleted ones keep their number until the clean text. Off: numbers follow the order at once.</source>
        <translation>オン：改訂版の確定後、新しいパラグラフは8bis、8ter…となり、削除されたパラグラフもクリーン・テキストまで番号を保持します。オフ：番号は順序に従い直ちに振り直されます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="203"/>
        <source>Drop bracket</source>
        <translation>ブラケットを削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="205"/>
        <source>Keep alternative {n}</source>
        <translation>選択肢{n}を残す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="274"/>
        <source>Renumber as clean text</source>
        <translation>クリーン・テキストとして番号を振り直す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="275"/>
        <source>Number every paragraph afresh (8bis becomes 9, deleted paragraphs leave the text) and freeze a clean text with the concordance?</source>
        <translation>全パラグラフの番号を振り直し（8bisは9に、削除されたパラグラフは本文から外れます）、番号対照表とともにクリーン・テキストを確定しますか？</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="311"/>
        <source>Put the cursor inside a bracket first</source>
        <translation>先にカーソルをブラケットの中に置いてください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="326"/>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="380"/>
        <source>Resolve bracket</source>
        <translation>ブラケットを解消</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="327"/>
        <source>Save or revert your text first; a bracket is resolved on the saved text.</source>
        <translation>先に文案を保存するか元に戻してください。ブラケットは保存済みの文案で解消されます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="353"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="355"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="358"/>
        <source>{note}; the {other} text has other brackets: it is now marked stale</source>
        <translation>{note}。{other}の文案はブラケットの構成が異なるため、要更新と表示されます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="385"/>
        <source>Keep alternative {n}: “{text}”{who}</source>
        <translation>選択肢{n}を残す：「{text}」{who}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="389"/>
        <source>Lift the brackets: keep “{text}”</source>
        <translation>ブラケットを外す：「{text}」を残す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/structure_actions.py" line="398"/>
        <source>Drop the bracketed text</source>
        <translation>ブラケット内の文言を削除</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="92"/>
        <source>Showing</source>
        <extracomment>unsaved text in the editor, or not (follow with the window&apos;s modified mark) the user asks for a PDF of the document (document id, revision label or &quot;&quot;) the document on screen changed (carries its id, or -1 for none) the view finished (re)reading its document the person follows a link to an annex action implementing a clause (its id)</extracomment>
        <translation>表示中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="96"/>
        <source>Open the current text or a frozen revision</source>
        <translation>現在の本文または凍結された改訂版を開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="103"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="111"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="118"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="119"/>
        <source>Freeze revision…</source>
        <translation>改訂版として確定…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="120"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="121"/>
        <source>Silence procedure…</source>
        <translation>沈黙手続…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="122"/>
        <source>Adopt document…</source>
        <translation>文書を採択…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="123"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="126"/>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="215"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="133"/>
        <source>Showing:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="151"/>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="96"/>
        <source>Status…</source>
        <translation>状態…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="155"/>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="101"/>
        <source>Lift ad ref</source>
        <translation>アド・レフを解除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="157"/>
        <source>A delegation confirmed: lift its pending ad ref on this clause</source>
        <translation>代表団が確認した:この条項で保留中のアド・レフを解除する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="159"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="161"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="163"/>
        <source>Insert after…</source>
        <translation>後に挿入…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="165"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="167"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="168"/>
        <source>Bring the deleted clause back into the text</source>
        <translation>削除された条項を本文に戻す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="192"/>
        <source>Indent</source>
        <translation>字下げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="195"/>
        <source>Outdent</source>
        <translation>字上げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="211"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="212"/>
        <source>Who wrote what</source>
        <translation>誰が書いたか</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="213"/>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="214"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="216"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="223"/>
        <source>Go to the clause list</source>
        <translation>条項一覧へ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="224"/>
        <source>Go to the English text</source>
        <translation>英語テキストへ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="225"/>
        <source>Go to the Japanese text</source>
        <translation>日本語テキストへ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="226"/>
        <source>Go to the panels</source>
        <translation>下のパネルへ移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="354"/>
        <source>No document</source>
        <translation>文書なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="401"/>
        <source>{label} — frozen, read-only ({time})</source>
        <translation>{label} — 凍結済み・読み取り専用({time})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="406"/>
        <source>{label} — frozen, read-only ({kind}, {time})</source>
        <translation>{label} — 凍結済み・読み取り専用({kind}、{time})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="412"/>
        <source>Adopted {time} — frozen, read-only</source>
        <translation>{time} 採択 — 凍結済み・読み取り専用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="429"/>
        <source>Current text</source>
        <translation>現行テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="432"/>
        <source>{label} (read-only)</source>
        <translation>{label}(読み取り専用)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="467"/>
        <source>Unsaved text</source>
        <translation>未保存のテキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view.py" line="468"/>
        <source>The clause you are editing has unsaved text. Save it first?</source>
        <translation>編集中の条項に保存していない本文があります。先に保存しますか?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="61"/>
        <source>{code} confirmed</source>
        <translation>{code} が確認</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="75"/>
        <source>{code} confirmed — lift ad ref</source>
        <translation>{code} が確認 — アド・レフを解除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="181"/>
        <source>Delete clause</source>
        <translation>条項を削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="182"/>
        <source>Delete clause {number}? It stays in the history and can be compared, but leaves the current text.</source>
        <translation>条項 {number} を削除しますか?履歴には残り比較もできますが、現在の本文からは外れます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="218"/>
        <source>Frozen as {label}</source>
        <translation>{label} として凍結しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="254"/>
        <source>Adopt document</source>
        <translation>文書を採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="255"/>
        <source>Adopt {name}? Its text is frozen for good: no clause can be edited afterwards.</source>
        <translation>{name} を採択しますか?本文は確定して凍結され、以後どの条項も編集できません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="93"/>
        <source>Restore clause</source>
        <translation>条項を復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/view_actions.py" line="104"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
<context>
    <name>EnglishChangesDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="80"/>
        <source>English changes since the translation — {number}</source>
        <extracomment>the person confirmed the Japanese is up to date</extracomment>
        <translation>翻訳後の英文の変更 — {number}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="94"/>
        <source>Japanese is up to date</source>
        <translation>和文は最新</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="96"/>
        <source>The Japanese still says what the current English says: mark it current</source>
        <translation>和文は現在の英文と同じ内容:最新として記録する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="107"/>
        <source>Japanese (as it is now):</source>
        <translation>和文(現在):</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="121"/>
        <source>The Japanese does not record which English text it was translated from.</source>
        <translation>和文には翻訳元の英文が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="128"/>
        <source>Changes in the English from the version the Japanese was translated from ({time}, {author}) to the current English:</source>
        <translation>和文の翻訳元となった英文({time}、{author})から現在の英文までの変更:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/translation.py" line="136"/>
        <source>The English has not changed since.</source>
        <translation>その後、英文は変わっていません。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="158"/>
        <source>Writing %1… (%2 blocks laid out)</source>
        <extracomment>an export wrote its file (carries the ExportResult) an export failed; carries the message shown to the person an export was cancelled and nothing was written an export finished one way or another (for tests and busy indicators) the document the person has open (the window sets it): the dialog starts there</extracomment>
        <translation>%1 を書き出しています…(%2 ブロックを配置済み)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="192"/>
        <source>Export cancelled; nothing written</source>
        <translation>書き出しを取り消しました。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="207"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="210"/>
        <source>Wrote %1 (%2 pages)</source>
        <translation>%1 を書き出しました(%2 ページ)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="217"/>
        <source>PDF written with warnings</source>
        <translation>PDF を書き出しました(警告あり)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="234"/>
        <source>Unexpected error: %1</source>
        <translation>予期しないエラー: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="237"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="238"/>
        <source>The PDF was not written; nothing was changed.</source>
        <translation>PDF は書き出されませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="240"/>
        <source>Export failed; nothing written</source>
        <translation>書き出しに失敗しました。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="248"/>
        <source>Wrote %1, but no program to show PDFs could be started</source>
        <translation>%1 を書き出しましたが、PDF を表示するプログラムを起動できませんでした</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="288"/>
        <source>Export PDF</source>
        <translation>PDF の書き出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="289"/>
        <source>Open or create a meeting first: there is nothing to export yet.</source>
        <translation>先に会合を開くか作成してください。まだ書き出すものがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="308"/>
        <source>Document #%1 is not in this meeting.</source>
        <translation>文書 #%1 はこの会合にありません。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="92"/>
        <source>Export PDF</source>
        <translation>PDF の書き出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="121"/>
        <source>None (e.g. CONFIDENTIAL — not for circulation)</source>
        <translation>なし(例: CONFIDENTIAL — 配布禁止)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="124"/>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="126"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="127"/>
        <source>Only changed clauses</source>
        <translation>変更のあった条項のみ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="129"/>
        <source>Leave out the clauses that did not change; the file says where and how many</source>
        <translation>変更のない条項を省きます（省いた箇所と件数はファイルに記載されます）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="131"/>
        <source>Open the file when it is written</source>
        <translation>書き出したらファイルを開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="144"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="145"/>
        <source>What</source>
        <translation>出力内容</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="146"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="147"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="148"/>
        <source>From revision</source>
        <translation>比較元の改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="149"/>
        <source>To revision</source>
        <translation>比較先の改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="151"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="152"/>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="153"/>
        <source>Confidentiality marking</source>
        <translation>秘密区分の表示</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="154"/>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="157"/>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="395"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="236"/>
        <source>Word and Akoma Ntoso files hold a document&apos;s text: choose the final text, the compilation or the redline.</source>
        <translation>WordとAkoma Ntosoのファイルは文書の本文を収めます。最終テキスト、コンピレーション又は新旧対照を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="240"/>
        <source>Akoma Ntoso holds the text itself: choose the final text.</source>
        <translation>Akoma Ntosoは本文そのものを収めます。最終テキストを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="242"/>
        <source>Akoma Ntoso is one language per file: choose English or Japanese.</source>
        <translation>Akoma Ntosoは1ファイル1言語です。英語か日本語を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="244"/>
        <source>This meeting has no documents yet: there is nothing to print.</source>
        <translation>この会合にはまだ文書がないため、印刷するものがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="246"/>
        <source>This meeting has no annex of actions yet.</source>
        <translation>この会合にはまだ協調行動集がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="250"/>
        <source>A redline compares a frozen revision with a later text, and this document has no revision yet. Freeze one first (Rev.1).</source>
        <translation>見え消しは凍結した改訂版とそれ以降のテキストを比較しますが、この文書にはまだ改訂版がありません。先に改訂版(Rev.1)を確定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="254"/>
        <source>Choose two different texts to compare.</source>
        <translation>比較する二つの異なるテキストを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="256"/>
        <source>Choose where to write the file.</source>
        <translation>ファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="391"/>
        <source>Word files (*.docx)</source>
        <translation>Wordファイル (*.docx)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="392"/>
        <source>XML files (*.xml)</source>
        <translation>XMLファイル (*.xml)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="258"/>
        <source>“Save as” names a folder; add a file name.</source>
        <translation>「保存先」がフォルダーになっています。ファイル名を付けてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="276"/>
        <source>The clean text with numbered paragraphs. Anything not adopted carries a DRAFT watermark; an adopted text carries its SHA-256 fingerprint.</source>
        <translation>パラグラフ番号付きのクリーンテキスト。未採択のものには DRAFT の透かしが入り、採択済みのテキストには SHA-256 フィンガープリントが入ります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="280"/>
        <source>Square brackets, alternatives and each delegation&apos;s proposals, with a legend.</source>
        <translation>角括弧、代替案、各代表団の提案を凡例付きで示します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="283"/>
        <source>Insertions double-underlined, deletions struck through, a bar beside each changed line (readable in black and white); moved and renumbered paragraphs marked.</source>
        <translation>挿入は二重下線、削除は取消線で示し、変更のある行の横に縦線を付けます（白黒印刷でも判別可能）。移動・番号変更した段落も示します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="287"/>
        <source>Agenda, participants and every outcome document in one PDF.</source>
        <translation>議事日程・参加者名簿・すべての成果文書を一つの PDF にまとめます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="288"/>
        <source>Each action with its lead and partner delegations and due date.</source>
        <translation>各行動と、その主担当・協力代表団および期限を示します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="292"/>
        <source>The clean text with Word&apos;s own paragraph numbering.</source>
        <translation>Word自身の段落番号を使った清書テキストです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="294"/>
        <source>Brackets and alternatives as written, open proposals as Word comments, Track Changes on: the file to send delegations for comments.</source>
        <translation>括弧と選択肢はそのまま、未決の提案はWordのコメントとし、変更履歴の記録を有効にします。コメントを求めて代表団に送るファイルです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="298"/>
        <source>The changes as Word tracked changes by the delegation behind each version: Accept or Reject them in Word.</source>
        <translation>変更は各版を提案した代表団によるWordの変更履歴として記録されます。Wordで承諾又は元に戻すことができます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="304"/>
        <source>The text as Akoma Ntoso 3.0 XML, in one language.</source>
        <translation>本文を1言語のAkoma Ntoso 3.0 XMLとして書き出します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="339"/>
        <source>Adopted text</source>
        <translation>採択テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="341"/>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="352"/>
        <source>Current text</source>
        <translation>現行テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/dialog.py" line="390"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="45"/>
        <source>Export PDF</source>
        <extracomment>report progress every this many laid-out flowables (each report is a queued signal)</extracomment>
        <translation>PDF の書き出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="46"/>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/controller.py" line="47"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="35"/>
        <source>PDF</source>
        <extracomment>kinds that print one document (they need a document; the others take the whole meeting) kinds where the person picks a document: the above, and the annex of actions (an annex document; without one the service takes the meeting&apos;s first annex) file formats: PDF for every kind; Word and Akoma Ntoso for one document&apos;s text</extracomment>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="36"/>
        <source>Word (.docx, tracked changes)</source>
        <translation>Word（.docx、変更履歴付き）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="37"/>
        <source>Akoma Ntoso XML (one language)</source>
        <translation>Akoma Ntoso XML（1言語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="43"/>
        <source>Final text</source>
        <translation>最終テキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="44"/>
        <source>Compilation text (brackets, proposals)</source>
        <translation>コンピレーション・テキスト(角括弧・提案)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="47"/>
        <source>Redline between two revisions</source>
        <translation>二つの改訂版の見え消し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="48"/>
        <source>Agenda</source>
        <translation>議事日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="49"/>
        <source>List of participants</source>
        <translation>参加者名簿</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="50"/>
        <source>Badges</source>
        <translation>IDバッジ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="51"/>
        <source>Name plates (tent cards)</source>
        <translation>卓上名札(テントカード)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="52"/>
        <source>Meeting book (agenda, participants, documents)</source>
        <translation>会合資料集(議事日程・参加者名簿・文書)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="55"/>
        <source>Annex of collaborative actions (owners, partners, due dates)</source>
        <translation>協調行動集(主担当・協力代表団・期限)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="58"/>
        <source>Follow-up report on the actions</source>
        <translation>行動のフォローアップ報告</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="59"/>
        <source>Seating plan of the plenary</source>
        <translation>全体会合の座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="66"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="67"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="68"/>
        <source>English and Japanese (bilingual)</source>
        <translation>英語と日本語(対訳)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="75"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/options.py" line="76"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="22"/>
        <source>Guard missing: the trigger {trigger} on table {table} is gone.</source>
        <translation>保護が欠けています: テーブル {table} のトリガー {trigger} がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="25"/>
        <source>Guard altered: the trigger {trigger} on table {table} is not the expected one.</source>
        <translation>保護が改変されています: テーブル {table} のトリガー {trigger} が本来のものと異なります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="29"/>
        <source>Guard {trigger} on table {table} is disabled (it must fire normally).</source>
        <translation>テーブル {table} の保護トリガー {trigger} が無効にされています(通常どおり動作する必要があります)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="32"/>
        <source>Guard {trigger} on table {table} is set to fire on replicas only (it must fire normally).</source>
        <translation>テーブル {table} の保護トリガー {trigger} がレプリカでのみ動作するよう設定されています(通常どおり動作する必要があります)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="37"/>
        <source>Guard {trigger} on table {table} is set to fire always, even on replicas (it must fire normally).</source>
        <translation>テーブル {table} の保護トリガー {trigger} がレプリカでも常に動作するよう設定されています(通常どおり動作する必要があります)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="42"/>
        <source>Guard {trigger} on table {table} is in an unknown firing state {state} (it must fire normally).</source>
        <translation>テーブル {table} の保護トリガー {trigger} の動作状態 {state} は不明です(通常どおり動作する必要があります)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="47"/>
        <source>Guard function altered: the trigger {trigger} on table {table} calls {function}(), which is not the expected code.</source>
        <translation>保護の関数が改変されています: テーブル {table} のトリガー {trigger} が呼び出す {function}() は本来のコードではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="53"/>
        <source>Audit event {event}: the chain is broken before it (an event was removed).</source>
        <translation>監査記録 {event}: その直前で連鎖が切れています(記録が削除されました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="56"/>
        <source>Audit event {event} ({action}): its contents do not match its hash.</source>
        <translation>監査記録 {event}({action}): 内容がハッシュと一致しません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="59"/>
        <source>The audit head was never signed (no valid signed head in the database).</source>
        <translation>監査記録の先頭に一度も署名されていません(データベースに有効な署名済みの先頭がありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="62"/>
        <source>Audit events {first}–{last} were added after the last signed head (written outside the program).</source>
        <translation>監査記録 {first}〜{last} は最後の署名済みの先頭より後に追加されました(プログラムの外で書き込まれました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="67"/>
        <source>Audit event {last} was added after the last signed head (written outside the program).</source>
        <translation>監査記録 {last} は最後の署名済みの先頭より後に追加されました(プログラムの外で書き込まれました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="73"/>
        <source>signed head {head}</source>
        <translation>署名済みの先頭 {head}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="74"/>
        <source>this computer&apos;s last receipt</source>
        <translation>このコンピューターの最新の受領証</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="77"/>
        <source>Signed head {head} cannot be read (not a valid receipt).</source>
        <translation>署名済みの先頭 {head} を読み取れません(有効な受領証ではありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="80"/>
        <source>Signed head {head}: its columns differ from its signed receipt.</source>
        <translation>署名済みの先頭 {head}: 列の値が署名された受領証と異なります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="83"/>
        <source>Signed head {head} was signed for another database ({database}).</source>
        <translation>署名済みの先頭 {head} は別のデータベース({database})のために署名されています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="86"/>
        <source>{source} belongs to another database ({database}).</source>
        <translation>{source} は別のデータベース({database})のものです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="89"/>
        <source>{source}: the receipt of audit event {event} signed {signed} does not verify (forged or altered receipt).</source>
        <translation>{source}: {signed} に署名された監査記録 {event} の受領証は、署名を検証できません(偽造または改変された受領証です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="94"/>
        <source>{source}: the receipt of audit event {event} signed {signed} goes beyond the audit chain, which ends at event {last} (events were removed).</source>
        <translation>{source}: {signed} に署名された監査記録 {event} の受領証は、監査記録の連鎖より先を指しています。連鎖は記録 {last} で終わっています(記録が削除されました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="99"/>
        <source>{source}: audit event {event}, signed {signed}, is missing from the audit chain.</source>
        <translation>{source}: {signed} に署名された監査記録 {event} が、監査記録の連鎖にありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="103"/>
        <source>{source}: audit event {event}, signed {signed}, has a different hash (the chain was rewritten).</source>
        <translation>{source}: {signed} に署名された監査記録 {event} のハッシュが異なります(連鎖が書き換えられました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="109"/>
        <source>{document} {clause}</source>
        <translation>{document} の{clause}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="110"/>
        <source>{document}, the unnumbered clause at position {position} ({clause_kind})</source>
        <translation>{document} の {position} 番目にある番号なしの条項({clause_kind})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="113"/>
        <source>{document}, clause #{clause_id} (deleted or unnumbered)</source>
        <translation>{document} の条項 #{clause_id}(削除済みまたは番号なし)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="116"/>
        <source>parent version</source>
        <translation>親の版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="117"/>
        <source>merge parent</source>
        <translation>統合元の版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="118"/>
        <source>translation source</source>
        <translation>翻訳元の版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="119"/>
        <source>{where}, version {version} ({language}): the text or history does not match its content hash (altered or relinked).</source>
        <translation>{where}、版 {version}({language}): 本文または履歴が内容ハッシュと一致しません(改変されたか、つなぎ替えられました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="124"/>
        <source>{where}, version {version} ({language}): its {links} is missing from the history.</source>
        <translation>{where}、版 {version}({language}): {links}が履歴にありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="128"/>
        <source>{where}, version {version} ({language}): its clause is missing.</source>
        <translation>{where}、版 {version}({language}): その条項がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="131"/>
        <source>{where}, version {version} ({language}) is not recorded in the audit chain (written outside the program, or altered).</source>
        <translation>{where}、版 {version}({language})は監査記録の連鎖に記録されていません(プログラムの外で書き込まれたか、改変されました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="136"/>
        <source>… and {count} more version(s) not recorded in the audit chain.</source>
        <translation>…ほかに {count} 個の版が監査記録の連鎖に記録されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="139"/>
        <source>Clause versions {first}–{last} no longer match the hashes the audit chain recorded for them.</source>
        <translation>条項の版 {first}〜{last} が、監査記録の連鎖に記録されたハッシュと一致しなくなっています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="144"/>
        <source>Revisions {first}–{last} no longer match the hashes the audit chain recorded for them.</source>
        <translation>改訂版 {first}〜{last} が、監査記録の連鎖に記録されたハッシュと一致しなくなっています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="149"/>
        <source>{document} {label}: its text does not match the fingerprint recorded when it was frozen.</source>
        <translation>{document} {label}: 本文が、確定したときに記録したフィンガープリントと一致しません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="154"/>
        <source>{document} {label}: its entries do not match the revision&apos;s hash (altered).</source>
        <translation>{document} {label}: 項目が改訂版のハッシュと一致しません(改変されました)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="158"/>
        <source>{document} {label}: the revision is not recorded in the audit chain.</source>
        <translation>{document} {label}: この改訂版は監査記録の連鎖に記録されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="162"/>
        <source>{document} is marked adopted but has no adopted revision.</source>
        <translation>{document} は採択済みとされていますが、採択された改訂版がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="165"/>
        <source>{document}: its adopted fingerprint is not that of its adopted revision {label}.</source>
        <translation>{document}: 採択時のフィンガープリントが、採択された改訂版 {label} のものと異なります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="169"/>
        <source>{document}: its adopted fingerprint differs from the one the audit chain recorded at adoption.</source>
        <translation>{document}: 採択時のフィンガープリントが、採択のときに監査記録の連鎖に記録されたものと異なります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="174"/>
        <source>{where} was added after adoption.</source>
        <translation>{where}は採択後に追加されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="177"/>
        <source>{where}: its {language} text moved after adoption (the current version is {now}, the adopted one {adopted}).</source>
        <translation>{where}: {language}の本文が採択後に変わりました(現在の版は {now}、採択された版は {adopted})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="183"/>
        <source>The database&apos;s schema {schema} is not the program&apos;s ({program}).</source>
        <translation>データベースのスキーマ {schema} はプログラムのもの({program})と異なります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="186"/>
        <source>Schema {schema} predates content hashes: open the database with MeetingDesk once to migrate it (the check never migrates).</source>
        <translation>スキーマ {schema} は内容ハッシュより前のものです。MeetingDesk でデータベースを一度開いて移行してください(検査では移行しません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="191"/>
        <source>SQLite integrity check: {detail}</source>
        <translation>SQLite の整合性検査: {detail}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="194"/>
        <source>Foreign key broken: row {row} of table {table} points to a missing row of {parent}.</source>
        <translation>外部キーが壊れています: テーブル {table} の行 {row} が、{parent} の存在しない行を指しています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/findings.py" line="222"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="36"/>
        <source>Add follow-up</source>
        <translation>フォローアップを追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="42"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/dialogs.py" line="43"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="48"/>
        <source>Freeze revision</source>
        <translation>改訂版として確定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="53"/>
        <source>Rev.N (automatic)</source>
        <translation>Rev.N(自動)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="56"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="57"/>
        <source>Label:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="58"/>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="64"/>
        <source>Versions</source>
        <extracomment>a version was restored (carries the clause id)</extracomment>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="66"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="66"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="66"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="66"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="78"/>
        <source>Restore this version</source>
        <translation>この版を復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="81"/>
        <source>Changes</source>
        <translation>変更点</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="86"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="125"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="141"/>
        <source>in {label}</source>
        <translation>{label} に収録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="142"/>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="176"/>
        <source>Select one version, or two to compare them.</source>
        <translation>版を一つ選ぶか、比較する二つを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="181"/>
        <source>Differences from the version of {old} to the version of {new}:</source>
        <translation>{old} の版から {new} の版への差分:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="189"/>
        <source>Differences from this version to the current text (Ctrl+click a second version to compare the two):</source>
        <translation>この版から現在の本文への差分(Ctrl+クリックで二つ目の版を選ぶと二つを比較):</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="194"/>
        <source>This is the current text.</source>
        <translation>これが現在の本文です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="198"/>
        <source>Select a version to compare it with the current text, or two versions.</source>
        <translation>版を選ぶと現在の本文と比較します。二つ選ぶとその二つを比較します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="209"/>
        <source>The two texts are the same.</source>
        <translation>二つの本文は同じです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/history.py" line="217"/>
        <source>restored the text of {time}</source>
        <translation>{time} の本文を復元</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="71"/>
        <source>Import participants</source>
        <extracomment>emitted with the number of participants added or updated emitted when a preview has been read (for tests and the status bar)</extracomment>
        <translation>参加者を取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="73"/>
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="74"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="87"/>
        <source>Stop reading</source>
        <translation>読み込みを中止</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="95"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>ファイルの列と取り込み先の項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="97"/>
        <source>Ignore the columns that are not recognised</source>
        <translation>認識できない列は取り込まない</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="106"/>
        <source>Rows to import</source>
        <translation>取り込む行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="109"/>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="137"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="110"/>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="111"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="113"/>
        <source>Arrival or changes</source>
        <translation>到着日時または変更内容</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="114"/>
        <source>Suggested</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="119"/>
        <source>Rows whose delegation you choose</source>
        <translation>代表団を選ぶ行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="127"/>
        <source>Rows whose delegation you must choose</source>
        <translation>代表団を選ぶ必要がある行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="132"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="133"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="135"/>
        <source>Problems found in the file</source>
        <translation>ファイルで見つかった問題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="137"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="137"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="154"/>
        <source>Confirm import</source>
        <translation>取り込みを確定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="175"/>
        <source>Registration lists (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>登録名簿 (*.csv *.txt *.xlsx *.ods);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="214"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="238"/>
        <source>Reading stopped: nothing was imported.</source>
        <translation>読み込みを中止しました。何も取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="250"/>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="259"/>
        <source>Read as: %1</source>
        <translation>読み込み形式: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="273"/>
        <source>%n registered participant(s) are not in the file; nobody is removed: %1</source>
        <translation>
            <numerusform>登録済みの参加者 %n 名がファイルにありません（削除はしません）: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="294"/>
        <source>%n problem(s) found: choose how the columns are read, decide the delegations, or fix the file and choose it again.</source>
        <translation>
            <numerusform>問題が %n 件あります。列の読み方や代表団を選ぶか、ファイルを直して選び直してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="302"/>
        <source>Nothing to change: every row matches what is registered.</source>
        <translation>変更はありません。すべての行が登録内容と一致しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="305"/>
        <source>%n participant(s) to add</source>
        <translation>
            <numerusform>追加 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="307"/>
        <source>%n to update</source>
        <translation>
            <numerusform>更新 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="309"/>
        <source>%n unchanged.</source>
        <translation>
            <numerusform>変更なし %n 名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="322"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="145"/>
        <source>Problems (nothing is imported while there are any)</source>
        <translation>問題(問題が残っている間は何も取り込みません)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="112"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="173"/>
        <source>Participants file</source>
        <translation>参加者ファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="300"/>
        <source>The file has no participant rows.</source>
        <translation>ファイルに参加者の行がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_dialog.py" line="336"/>
        <source>Import refused: %1</source>
        <translation>取り込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="25"/>
        <source>MeetingDesk ID</source>
        <translation>MeetingDesk ID</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="26"/>
        <source>Family name</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="27"/>
        <source>Given name</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="28"/>
        <source>Family name (Japanese)</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="29"/>
        <source>Given name (Japanese)</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="30"/>
        <source>Full name (Japanese)</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="31"/>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="32"/>
        <source>Title</source>
        <translation>敬称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="33"/>
        <location filename="../../meetingdesk/ui/problems.py" line="45"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="34"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="35"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="36"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="37"/>
        <source>Position</source>
        <translation>役職（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="38"/>
        <source>Position (Japanese)</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="39"/>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="40"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="41"/>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="42"/>
        <source>Departure</source>
        <translation>出発</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="43"/>
        <source>Accreditation</source>
        <translation>登録状況</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="44"/>
        <source>Badge</source>
        <translation>バッジ番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="46"/>
        <location filename="../../meetingdesk/ui/problems.py" line="47"/>
        <source>Ignore this column</source>
        <translation>この列は取り込まない</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="25"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="26"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="27"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="101"/>
        <source>suggested: %1</source>
        <translation>候補: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="75"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>InsertClauseDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="146"/>
        <source>Insert clause</source>
        <translation>条項を挿入</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="154"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="155"/>
        <source>English:</source>
        <translation>英語:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="156"/>
        <source>Japanese:</source>
        <translation>日本語:</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="47"/>
        <source>Edit agenda item</source>
        <translation>議題を編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="47"/>
        <source>New agenda item</source>
        <translation>新しい議題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="60"/>
        <source>Drag the item in the agenda to move it</source>
        <translation>議題を移すには議事日程の上でドラッグしてください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>（文書なし）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="76"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="77"/>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="78"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="79"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="95"/>
        <source>Add a session first: an item belongs to a session.</source>
        <translation>先にセッションを追加してください。議題はいずれかのセッションに属します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/item_dialog.py" line="97"/>
        <source>An agenda item needs an English title.</source>
        <translation>議題には英語の名称が必要です。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="198"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="200"/>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="249"/>
        <source>content hashes recorded</source>
        <translation>内容ハッシュを記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="250"/>
        <source>checked out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="30"/>
        <source>Member</source>
        <comment>delegation kind</comment>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="31"/>
        <source>Invited</source>
        <translation>招待国</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="32"/>
        <source>Organisation</source>
        <translation>国際機関</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="39"/>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="40"/>
        <source>Deputy</source>
        <translation>次席代表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="41"/>
        <source>Sherpa</source>
        <translation>シェルパ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="42"/>
        <source>Member</source>
        <comment>participant role</comment>
        <translation>随員</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="43"/>
        <source>Staff</source>
        <translation>事務スタッフ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="44"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="51"/>
        <source>Charter</source>
        <translation>憲章</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="52"/>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="53"/>
        <source>Annex</source>
        <translation>附属文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="54"/>
        <source>Chair&apos;s summary</source>
        <translation>議長総括</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="55"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="56"/>
        <source>Other document</source>
        <translation>その他の文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="63"/>
        <source>Pending</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="64"/>
        <source>Accredited</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="65"/>
        <source>Refused</source>
        <translation>不承認</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="72"/>
        <location filename="../../meetingdesk/ui/labels.py" line="93"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="73"/>
        <source>Under negotiation</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="74"/>
        <source>Adopted</source>
        <translation>採択済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="81"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="82"/>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="83"/>
        <source>Sub-heading</source>
        <translation>小見出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="84"/>
        <source>Preambular</source>
        <translation>前文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="85"/>
        <source>Operative</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="86"/>
        <location filename="../../meetingdesk/ui/labels.py" line="191"/>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="94"/>
        <source>Bracketed</source>
        <translation>角括弧あり</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="95"/>
        <source>Agreed ad ref</source>
        <translation>アド・レフで合意</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="96"/>
        <source>Agreed</source>
        <translation>合意</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="97"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="104"/>
        <source>Plenary</source>
        <translation>全体会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="105"/>
        <source>Working session</source>
        <translation>ワーキング・セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="106"/>
        <source>Working lunch</source>
        <translation>ワーキング・ランチ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="107"/>
        <source>Working dinner</source>
        <translation>ワーキング・ディナー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="108"/>
        <source>Bilateral</source>
        <translation>二国間会談</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="109"/>
        <source>Press conference</source>
        <translation>記者会見</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="110"/>
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="111"/>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="151"/>
        <source>{start} – {end}</source>
        <translation>{start}~{end}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="159"/>
        <source>ddd d MMM</source>
        <comment>a day in the agenda, as a Qt date format (ddd = weekday)</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="167"/>
        <source>Summit protocol (host, members, EU, invited)</source>
        <translation>サミット儀典順（議長国、メンバー、EU、招待）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="170"/>
        <source>Alphabetical (English)</source>
        <translation>アルファベット順（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="171"/>
        <source>Alphabetical (French)</source>
        <translation>アルファベット順（フランス語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="172"/>
        <source>Japanese (gojūon order)</source>
        <translation>五十音順</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="173"/>
        <source>Manual order</source>
        <translation>手動で並べる</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="180"/>
        <source>Host first</source>
        <translation>開催国を先頭に</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="181"/>
        <source>Host last</source>
        <translation>開催国を最後に</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="182"/>
        <source>Host in its alphabetical place</source>
        <translation>開催国も規則どおりの位置に</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="192"/>
        <source>Agenda</source>
        <translation>議事日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="193"/>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="194"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="195"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="196"/>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="197"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="199"/>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="201"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="202"/>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="203"/>
        <source>Revision</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="204"/>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="207"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="208"/>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="209"/>
        <source>edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="210"/>
        <source>text saved</source>
        <translation>テキスト保存</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="211"/>
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="212"/>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="213"/>
        <source>restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="214"/>
        <source>renamed</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="215"/>
        <source>earlier version restored</source>
        <translation>以前の版を復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="216"/>
        <source>status changed</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="217"/>
        <source>retired</source>
        <translation>除籍</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="218"/>
        <source>imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="219"/>
        <source>frozen</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="220"/>
        <source>adopted</source>
        <translation>採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="221"/>
        <source>position recorded</source>
        <translation>立場を記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="222"/>
        <source>silence procedure set</source>
        <translation>沈黙手続を設定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="223"/>
        <source>objection recorded</source>
        <translation>異議を記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="224"/>
        <source>silence procedure withdrawn</source>
        <translation>沈黙手続の撤回</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="225"/>
        <source>adopted with an override</source>
        <translation>オーバーライドによる採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="226"/>
        <source>lapsed on adoption</source>
        <translation>採択により失効</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="227"/>
        <source>order of precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="228"/>
        <source>seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="229"/>
        <source>follow-up added</source>
        <translation>フォローアップを追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="230"/>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="231"/>
        <source>translation confirmed</source>
        <translation>翻訳を確認</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="232"/>
        <source>ad ref lifted</source>
        <translation>アド・レフ解除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="233"/>
        <source>merge conflict resolved</source>
        <translation>マージの競合を解決</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="234"/>
        <source>indented</source>
        <translation>字下げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="235"/>
        <source>outdented</source>
        <translation>字上げ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="236"/>
        <source>numbering changed</source>
        <translation>番号付け方式を変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="237"/>
        <source>renumbered as clean text</source>
        <translation>クリーン・テキストとして番号を振り直し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="238"/>
        <source>bracket resolved</source>
        <translation>ブラケットを解消</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="239"/>
        <source>bracket resolution undone</source>
        <translation>ブラケットの解消を取り消し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="240"/>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="241"/>
        <source>item added</source>
        <translation>議題を追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="242"/>
        <source>session added</source>
        <translation>セッションを追加</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="243"/>
        <source>item edited</source>
        <translation>議題を編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="244"/>
        <source>session edited</source>
        <translation>セッションを編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="245"/>
        <source>item moved</source>
        <translation>議題を移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="246"/>
        <source>session moved</source>
        <translation>セッションを移動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="247"/>
        <source>circulated</source>
        <translation>配布</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="248"/>
        <source>Word author mapped</source>
        <translation>ワード文書の変更者を代表団に対応付け</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="251"/>
        <source>session removed</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="252"/>
        <source>demo loaded</source>
        <translation>デモを読み込み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="267"/>
        <source>clause {number}</source>
        <translation>第 {number} 項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="271"/>
        <source>this clause</source>
        <translation>この条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="273"/>
        <source>the {language} text of {clause} was saved by {author} at {time} since you opened it; nothing was saved — reload to see their text</source>
        <translation>{clause}の{language}テキストは、開いた後に {author} が {time} に保存しました。保存していません — 再読み込みして相手のテキストを確認してください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="280"/>
        <source>someone else</source>
        <translation>他の人</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="284"/>
        <source>no delegation {delegation} in this meeting (there are: {known})</source>
        <translation>この会議に代表団 {delegation} はありません（あるのは {known}）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="316"/>
        <source>&apos;]&apos; closes nothing</source>
        <translation>閉じる相手のない「]」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="317"/>
        <source>&apos;}&apos; closes nothing</source>
        <translation>閉じる相手のない「}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="318"/>
        <source>&apos;[&apos; is never closed</source>
        <translation>「[」が閉じられていません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="319"/>
        <source>&apos;{&apos; is never closed</source>
        <translation>「{」が閉じられていません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="320"/>
        <source>empty delegation list &apos;{}&apos;</source>
        <translation>代表団の一覧「{}」が空です</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="321"/>
        <source>invalid delegation code {code}</source>
        <translation>無効な代表団コード {code}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="322"/>
        <source>delegations &apos;{…}&apos; outside square brackets</source>
        <translation>角括弧の外にある代表団「{…}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="325"/>
        <source>delegations &apos;{…}&apos; must end an alternative</source>
        <translation>代表団「{…}」は選択肢の最後に置きます</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="307"/>
        <source>Markup error at character {pos}: {what}</source>
        <extracomment>the codes refusal() renders itself; every other code has its sentence in ui/refusals.py</extracomment>
        <translation>{pos} 文字目のマークアップの誤り: {what}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="340"/>
        <source>clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="341"/>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="342"/>
        <source>revision</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="343"/>
        <source>proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="344"/>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="345"/>
        <source>delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="346"/>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="347"/>
        <source>meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="348"/>
        <source>action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="349"/>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="350"/>
        <source>agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="351"/>
        <source>room</source>
        <translation>会議室</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="356"/>
        <source>{subject} — {language}</source>
        <translation>{subject} — {language}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="364"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/labels.py" line="365"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/team/login.py" line="80"/>
        <source>Log in to the team server</source>
        <translation>チームサーバーにログイン</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/login.py" line="81"/>
        <source>Server database: {server}</source>
        <translation>サーバーのデータベース：{server}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/login.py" line="92"/>
        <source>Remember the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存する</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/login.py" line="94"/>
        <source>Login:</source>
        <translation>ログイン名：</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/login.py" line="95"/>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="53"/>
        <source>&lt;p&gt;Signing certificate (SHA-256):&lt;br&gt;&lt;small&gt;{fingerprint}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;署名用証明書（SHA-256）:&lt;br&gt;&lt;small&gt;{fingerprint}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="84"/>
        <location filename="../../meetingdesk/ui/window_database.py" line="121"/>
        <location filename="../../meetingdesk/ui/window_database.py" line="174"/>
        <source>MeetingDesk</source>
        <extracomment>the window is shown and its first view holds data (used by --smoke and tests) another database is in use (carries its label) opening a database failed; the old one stays (carries the reason) a backup was written (carries the path) File → Check database finished (carries the MaintenanceReport) the first database could not be opened (carries the reason; see window_start) the first database opened, with a problem worth telling (the demo did not load)</extracomment>
        <translation>MeetingDesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="97"/>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="100"/>
        <source>Meeting:</source>
        <translation>会合:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="120"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="208"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="209"/>
        <source>Agenda</source>
        <translation>議事日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="210"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="211"/>
        <source>Seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="212"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="213"/>
        <source>Drafting</source>
        <translation>起草</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="214"/>
        <source>Action plan</source>
        <translation>行動計画</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="353"/>
        <source>{title} ({start})</source>
        <translation>{title}({start})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="359"/>
        <source>(no meeting yet)</source>
        <translation>(会合がまだありません)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="465"/>
        <source>Meeting created: {title}</source>
        <translation>会合を作成しました: {title}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="50"/>
        <source>Opening {url}…</source>
        <translation>{url} を開いています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="70"/>
        <source>Opened {label}</source>
        <translation>{label} を開きました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="90"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="91"/>
        <source>{reason}

MeetingDesk keeps using {label}.</source>
        <translation>{reason}

MeetingDesk は引き続き {label} を使用します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="108"/>
        <source>Package (offline copy): {name}, taken out by {by}</source>
        <translation>パッケージ(オフラインの写し): {name}、持ち出し: {by}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="112"/>
        <source>MeetingDesk — package {name}</source>
        <translation>MeetingDesk — パッケージ {name}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="118"/>
        <source>Database: {label}</source>
        <translation>データベース: {label}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="132"/>
        <source>User: {login}</source>
        <translation>ユーザー: {login}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="134"/>
        <source>User: {login} ({role})</source>
        <translation>ユーザー：{login}（{role}）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="154"/>
        <source>This database fails its integrity check: %n problem(s), the first: {first}. Choose File → Check database for the whole report.</source>
        <translation>このデータベースは整合性検査に合格しません。問題 %n 件、最初の問題: {first}。詳しくは「ファイル」→「データベースを検査」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="175"/>
        <source>DEMO meeting</source>
        <translation>デモ会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="185"/>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="187"/>
        <source>SQLite database (*.sqlite);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="197"/>
        <source>Writing the backup…</source>
        <translation>バックアップを書き出しています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="207"/>
        <source>Backup written to {path}</source>
        <translation>バックアップを書き出しました: {path}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="215"/>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="226"/>
        <location filename="../../meetingdesk/ui/window_database.py" line="229"/>
        <source>Checking the database…</source>
        <translation>データベースを検査しています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="230"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="235"/>
        <source>Database check</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="263"/>
        <source>Database check cancelled.</source>
        <translation>データベースの検査を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="268"/>
        <source>Check failed</source>
        <translation>検査に失敗しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="284"/>
        <source>Database check: %n problem(s) found.</source>
        <translation>データベースの検査: 問題が %n 件見つかりました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_database.py" line="288"/>
        <source>Database check: the database is OK.</source>
        <translation>データベースの検査: 問題はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_documents.py" line="58"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_documents.py" line="59"/>
        <source>Choose a document on the Documents page first.</source>
        <translation>先に「文書」ページで文書を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/window_documents.py" line="92"/>
        <source>%n proposal(s) imported from Word</source>
        <translation>Wordから %n 件の提案を取り込みました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="476"/>
        <source>Unsaved text</source>
        <translation>未保存のテキスト</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/main_window.py" line="477"/>
        <source>The clause on the drafting page has unsaved text. Save it?</source>
        <translation>起草画面の条項に未保存のテキストがあります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="21"/>
        <source>About MeetingDesk</source>
        <translation>MeetingDesk について</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="22"/>
        <source>&lt;h3&gt;MeetingDesk {version}&lt;/h3&gt;&lt;p&gt;The host secretariat&apos;s desk for a ministerial meeting: agenda, delegations, negotiated texts in English and Japanese.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;User: {user}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MeetingDesk {version}&lt;/h3&gt;&lt;p&gt;閣僚会合の議長国事務局のための業務ツール: 議事日程、代表団、英語と日本語で交渉する文書。&lt;/p&gt;&lt;p&gt;データベース: {database}&lt;br&gt;ユーザー: {user}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="48"/>
        <source>&lt;p&gt;Signing certificate: none yet (made at the first adoption, or imported with “meetingdesk signing --import FILE.p12”)&lt;/p&gt;</source>
        <translation>&lt;p&gt;署名用証明書: まだありません（最初の採択のときに作成されます。「meetingdesk signing --import FILE.p12」で取り込むこともできます）&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="61"/>
        <source>in the system keyring ({name}), key {key}</source>
        <translation>システムのキーリング（{name}）内、鍵 {key}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="63"/>
        <source>in the file {name}, key {key}</source>
        <translation>ファイル {name} 内、鍵 {key}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="65"/>
        <source>in the system keyring ({name}), which cannot be read now</source>
        <translation>システムのキーリング（{name}）内（現在は読み取れません）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="69"/>
        <source>none yet (made at the first change)</source>
        <translation>まだありません（最初の変更のときに作成されます）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/about.py" line="71"/>
        <source>&lt;p&gt;Audit key: {where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;監査用の鍵: {where}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="44"/>
        <source>Column in the file</source>
        <extracomment>emitted when the person changes what a column is read as</extracomment>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="44"/>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="44"/>
        <source>Read as</source>
        <translation>取り込む項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/import_tables.py" line="65"/>
        <source>Not recognised: ignored only if you allow it</source>
        <translation>認識できない列です。許可した場合のみ無視します</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="51"/>
        <source>New action</source>
        <translation>新しい行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="67"/>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="77"/>
        <source>Annex</source>
        <translation>附属書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="78"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="79"/>
        <source>Partners</source>
        <translation>協力国・機関</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="80"/>
        <source>Title (English)</source>
        <translation>題名(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="81"/>
        <source>Title (Japanese)</source>
        <translation>題名(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="82"/>
        <source>Text (English)</source>
        <translation>本文(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="83"/>
        <source>Text (Japanese)</source>
        <translation>本文(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/actions/new_action_dialog.py" line="85"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="47"/>
        <source>New meeting</source>
        <translation>新しい会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="54"/>
        <source>e.g. ict2016</source>
        <translation>例: ict2016</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="78"/>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="79"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="80"/>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="81"/>
        <source>City (English)</source>
        <translation>都市(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="82"/>
        <source>City (Japanese)</source>
        <translation>都市(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="83"/>
        <source>Venue (English)</source>
        <translation>会場(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="84"/>
        <source>Venue (Japanese)</source>
        <translation>会場(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="85"/>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="86"/>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/new_meeting.py" line="87"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="26"/>
        <source>proposal of {code} accepted</source>
        <translation>{code} の提案を採択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="34"/>
        <source>proposal of {code} incorporated as an alternative</source>
        <translation>{code} の提案を選択肢として併記</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="40"/>
        <source>restored the text of version {id}</source>
        <translation>版 {id} の本文を復元</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="46"/>
        <source>translation confirmed against English version {id}</source>
        <translation>英語の版 {id} に対する翻訳を確認</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="53"/>
        <source>alternative {n} {{{codes}}} of bracket {m} kept</source>
        <translation>角括弧 {m} の選択肢 {n} {{{codes}}} を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="57"/>
        <source>alternative {n} of bracket {m} kept</source>
        <translation>角括弧 {m} の選択肢 {n} を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="62"/>
        <source>bracket {m} dropped</source>
        <translation>角括弧 {m} を削除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="66"/>
        <source>brackets lifted from bracket {m}</source>
        <translation>角括弧 {m} の括弧を解除</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="72"/>
        <source>undid: {inner}</source>
        <translation>取り消し: {inner}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="78"/>
        <source>{code} confirmed</source>
        <translation>{code} が確認</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="82"/>
        <source>renumbered as clean text</source>
        <translation>クリーン・テキストとして番号を振り直し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="86"/>
        <source>circulated under silence</source>
        <translation>沈黙手続のために配布</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="90"/>
        <source>lapsed on adoption</source>
        <translation>採択時に失効</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="94"/>
        <source>agreed on adoption of the document</source>
        <translation>文書の採択時に合意</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="98"/>
        <source>carried over from action {number} ({document})</source>
        <translation>行動 {number}({document})から引き継ぎ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="104"/>
        <source>action edited</source>
        <translation>行動を編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="108"/>
        <source>conflict resolved ({choice})</source>
        <translation>競合を解決({choice})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="114"/>
        <source>imported from {source}</source>
        <translation>{source} から取り込み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="118"/>
        <source>Footnote: {text}</source>
        <translation>脚注: {text}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="122"/>
        <source>Japanese missing in the imported text</source>
        <translation>取り込んだ本文に日本語がありません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="128"/>
        <source>[via package, checked in by {login}]</source>
        <translation>[パッケージ経由、{login} がチェックイン]</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="138"/>
        <source>main database&apos;s text kept</source>
        <translation>主データベースの本文を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="139"/>
        <source>package&apos;s text kept</source>
        <translation>パッケージの本文を採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="140"/>
        <source>edited by hand</source>
        <translation>手で編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/notes.py" line="141"/>
        <source>both kept as bracketed alternatives</source>
        <translation>両方を角括弧の選択肢として併記</translation>
    </message>
</context>
<context>
    <name>OfflineController</name>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="45"/>
        <source>Package written: {path}</source>
        <extracomment>a check-in finished (carries its MergeReport) a package was brought up to date from this database (carries its MergeReport)</extracomment>
        <translation>パッケージを書き出しました: {path}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="50"/>
        <source>Check in a package</source>
        <translation>パッケージをチェックイン</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="58"/>
        <source>Checking in {name}…</source>
        <translation>{name} をチェックインしています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="68"/>
        <source>Update a package from this database</source>
        <translation>このデータベースからパッケージを更新</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="78"/>
        <source>Updating {name}…</source>
        <translation>{name} を更新しています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="87"/>
        <source>{name} updated: {taken} taken, {merged} merged, {conflicts} conflicts</source>
        <translation>{name} を更新しました: 採用 {taken} 件、マージ {merged} 件、競合 {conflicts} 件</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="98"/>
        <source>Package updated with conflicts</source>
        <translation>パッケージを更新しました(競合あり)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="100"/>
        <source>{n} clauses were changed both here and in the package; the package keeps its own text for them. Open the package and check them in to decide.</source>
        <translation>{n} 件の条項がこのデータベースとパッケージの双方で変更されていたため、パッケージ側のテキストを残しました。パッケージを開いてチェックインし、扱いを決めてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="117"/>
        <source>Package refused</source>
        <translation>パッケージを受け付けられません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="118"/>
        <source>Nothing was changed: {reason}</source>
        <translation>何も変更されていません: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="133"/>
        <source>Merge conflicts</source>
        <translation>マージの競合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/offline/controller.py" line="134"/>
        <source>No merge conflict is waiting for a decision.</source>
        <translation>判断待ちのマージの競合はありません。</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="35"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="36"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>このコンピューター上のデータベースファイル(SQLite)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="37"/>
        <source>A team server (PostgreSQL)</source>
        <translation>チームサーバー(PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="42"/>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="43"/>
        <source>Path of a .sqlite file (a new file is created)</source>
        <translation>.sqlite ファイルのパス(無ければ新規作成)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="44"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="47"/>
        <source>Server address (URL)</source>
        <translation>サーバーのアドレス(URL)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="51"/>
        <source>The password is not stored: give it in the URL each time, or in the PGPASSWORD variable or a .pgpass file.</source>
        <translation>パスワードは保存されません。毎回 URL に含めるか、PGPASSWORD 変数または .pgpass ファイルで指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="70"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="95"/>
        <source>Choose a MeetingDesk database</source>
        <translation>MeetingDesk データベースを選択</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="98"/>
        <source>MeetingDesk databases and packages (*.sqlite *.db *.mdpkg);;Offline packages (*.mdpkg);;All files (*)</source>
        <translation>MeetingDesk のデータベースとパッケージ (*.sqlite *.db *.mdpkg);;オフライン・パッケージ (*.mdpkg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="116"/>
        <source>Give a file path or a server URL.</source>
        <translation>ファイルのパスまたはサーバーの URL を入力してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/open_database.py" line="118"/>
        <source>A server URL starts with postgresql+psycopg://</source>
        <translation>サーバーの URL は postgresql+psycopg:// で始まります</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="112"/>
        <source>Clauses by status</source>
        <translation>状態別の条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="113"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="113"/>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="115"/>
        <source>What each delegation holds open</source>
        <translation>代表団ごとの未決事項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="118"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="119"/>
        <source>Open proposals</source>
        <translation>未処理の提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="120"/>
        <source>Reservations</source>
        <translation>留保</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="121"/>
        <source>Ad ref pending</source>
        <translation>アド・レフ(確認待ち)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="122"/>
        <source>Ad ref on</source>
        <translation>アド・レフの条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="161"/>
        <source>{name}: {status}; {brackets} open bracket(s); {proposals} open proposal(s)</source>
        <translation>{name}: {status}。未解決の角括弧 {brackets} 件、未処理の提案 {proposals} 件</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="42"/>
        <source>Meeting</source>
        <extracomment>entity uuid → how to name it (&quot;declaration 5.&quot;, &quot;CAN&quot;, &quot;charter Rev.2&quot;)</extracomment>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="50"/>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="51"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="52"/>
        <source>Place</source>
        <translation>開催地</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="53"/>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="55"/>
        <source>In this meeting</source>
        <translation>この会合の規模</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="59"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="60"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="61"/>
        <source>Agenda sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="62"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="63"/>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="64"/>
        <source>Open brackets</source>
        <translation>未解決の角括弧</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="76"/>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="88"/>
        <source>Recent activity</source>
        <translation>最近の操作</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="79"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="80"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="81"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="82"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="96"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="152"/>
        <source>{span} (time zone {zone}, {offset})</source>
        <translation>{span}(タイムゾーン {zone}、{offset})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/overview.py" line="161"/>
        <source>{members} members, {organisations} organisations</source>
        <translation>メンバー {members}、国際機関 {organisations}</translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <location filename="../../meetingdesk/ui/single_instance.py" line="184"/>
        <source>Package not opened</source>
        <extracomment>the package was refused (carries the one-line reason)</extracomment>
        <translation>パッケージを開けませんでした</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="91"/>
        <source>Edit participant</source>
        <translation>参加者を編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="91"/>
        <source>New participant</source>
        <translation>新しい参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="96"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="97"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="98"/>
        <source>Family name (Japanese)</source>
        <translation>姓(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="99"/>
        <source>Given name (Japanese)</source>
        <translation>名(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="100"/>
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="101"/>
        <source>Title</source>
        <translation>敬称</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="102"/>
        <source>Position (English)</source>
        <translation>役職(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="103"/>
        <source>Position (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="104"/>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="105"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="106"/>
        <source>Badge number</source>
        <translation>IDバッジ番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="119"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="123"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="127"/>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="128"/>
        <source>Departure</source>
        <translation>出発</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="129"/>
        <source>Accreditation</source>
        <translation>資格認定</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/paste_dialog.py" line="26"/>
        <source>Paste the Japanese text</source>
        <translation>日本語のテキストを貼り付け</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/paste_dialog.py" line="28"/>
        <source>Paste the English text</source>
        <translation>英語のテキストを貼り付け</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/paste_dialog.py" line="32"/>
        <source>Copy the draft in Word (or any editor) and paste it here: one paragraph per line; numbers, headings and sub-paragraphs are detected.</source>
        <translation>Word(または他のエディター)で草案をコピーしてここに貼り付けてください。1 行が 1 段落で、番号・見出し・小段落は自動で判別されます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/paste_dialog.py" line="40"/>
        <source>Paste from the clipboard</source>
        <translation>クリップボードから貼り付け</translation>
    </message>
</context>
<context>
    <name>PrecedenceDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="49"/>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="61"/>
        <source>Order of precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="62"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="63"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="69"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="70"/>
        <source>Host</source>
        <translation>開催国</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="83"/>
        <source>Resulting order:</source>
        <translation>並び順：</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="117"/>
        <source>The host first, the members alphabetically in the output&apos;s language, the European Union after the members, then invited countries and organisations.</source>
        <translation>議長国を先頭に、メンバーを出力言語の順、欧州連合をメンバーの後、続いて招待国と国際機関。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="124"/>
        <source>Select a delegation and move it up or down.</source>
        <translation>代表団を選んで上下に移動してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/precedence.py" line="126"/>
        <source>Choose “Manual order” to arrange the list yourself.</source>
        <translation>自分で並べるには「手動で並べる」を選んでください。</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="287"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="296"/>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="308"/>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="364"/>
        <source>Printing cancelled</source>
        <translation>印刷を取り消しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="311"/>
        <source>Sending pages to the printer…</source>
        <translation>プリンターにページを送っています…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="312"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="336"/>
        <source>Sent %1 pages to %2</source>
        <translation>%1 ページを %2 に送りました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="348"/>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="367"/>
        <source>Printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="83"/>
        <source>Cannot read %1 for printing (%2).</source>
        <translation>印刷のために %1 を読み込めません(%2)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="92"/>
        <source>%1 has no page in the chosen range.</source>
        <translation>%1 には選択した範囲のページがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="102"/>
        <source>The printer could not be started (is it connected and ready?).</source>
        <translation>プリンターを開始できませんでした(接続され、使用できる状態か確認してください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="112"/>
        <source>Printing cancelled.</source>
        <translation>印刷を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="119"/>
        <source>The printer refused a new page.</source>
        <translation>プリンターが新しいページを受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="131"/>
        <source>Page %1 of %2 could not be drawn.</source>
        <translation>%2 の %1 ページ目を描画できませんでした。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="229"/>
        <source>The print spooler could not be run (%1).</source>
        <translation>印刷スプーラーを実行できませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/exports/printing.py" line="236"/>
        <source>The printer refused the job: %1</source>
        <translation>プリンターが印刷ジョブを拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../meetingdesk/ui/problems.py" line="86"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="13"/>
        <source>“{value}” is not a date (write 2016-04-28 15:00, 2016/4/28 15:00 or 2016年4月28日 15時00分).</source>
        <translation>「{value}」は日時として読めません(2016-04-28 15:00、2016/4/28 15:00、2016年4月28日 15時00分 のように書いてください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="18"/>
        <source>{value} is not a date.</source>
        <translation>{value} は日付ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="19"/>
        <source>“{value}” is not a real date.</source>
        <translation>「{value}」は存在しない日付です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="20"/>
        <source>“{value}” has a time zone but no time.</source>
        <translation>「{value}」には時差の指定がありますが、時刻がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="23"/>
        <source>“{value}” is not a real time.</source>
        <translation>「{value}」は存在しない時刻です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="24"/>
        <source>“{value}” has a time of day: give the date alone.</source>
        <translation>「{value}」には時刻が含まれています。日付だけを書いてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="27"/>
        <source>“{value}” is a date alone: give the time too (2016/4/28 15:00).</source>
        <translation>「{value}」は日付だけです。時刻も書いてください(2016/4/28 15:00 など)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="30"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} はフォルダーです。ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="31"/>
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} を読み込めません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="34"/>
        <source>{file}: old Excel .xls files are not read; save the sheet as .xlsx or CSV.</source>
        <translation>{file}: 古い形式(.xls)のブックは読み込めません。.xlsx または CSV 形式で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="37"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="38"/>
        <source>{file}: {encoding} file with a broken byte at {position}.</source>
        <translation>{file}: {encoding} のファイルですが、{position} バイト目が壊れています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="41"/>
        <source>{file} is not a text table (binary content); give CSV or XLSX.</source>
        <translation>{file} は表形式のテキストではありません(バイナリの内容です)。CSV または XLSX のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="44"/>
        <source>{file}: the text encoding cannot be recognised; save the file as CSV UTF-8.</source>
        <translation>{file}: 文字コードを判別できません。CSV UTF-8 形式で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="48"/>
        <source>{file}: line {line} is not {encoding} text; save the file as CSV UTF-8.</source>
        <translation>{file}: {line} 行目が {encoding} の文字として読めません。CSV UTF-8 形式で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="51"/>
        <source>{file} mixes text encodings (line {line} is UTF-8, line {other_line} is not); save it again from one program as CSV UTF-8.</source>
        <translation>{file} には複数の文字コードが混在しています({line} 行目は UTF-8、{other_line} 行目はそれ以外)。一つのプログラムから CSV UTF-8 形式で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="57"/>
        <source>{file}: more than {limit} rows.</source>
        <translation>{file}: 行数が {limit} を超えています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="60"/>
        <source>{file}, line {line}: malformed CSV ({detail}).</source>
        <translation>{file} の {line} 行目: CSV の形式が正しくありません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="63"/>
        <source>{file} is not a readable XLSX or ODS workbook ({detail}).</source>
        <translation>{file} は読み込める XLSX または ODS のブックではありません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="66"/>
        <source>{file} is neither an XLSX nor an ODS workbook.</source>
        <translation>{file} は XLSX のブックでも ODS のブックでもありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="69"/>
        <source>{file} is not a readable XLSX workbook ({detail}).</source>
        <translation>{file} は読み込める XLSX のブックではありません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="72"/>
        <source>{file}, row {row}: a cell beyond the last column (XFD).</source>
        <translation>{file} の {row} 行目: 最後の列(XFD)より右にセルがあります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="75"/>
        <source>{file}, row {row}: the sheet cannot be read ({detail}).</source>
        <translation>{file} の {row} 行目: シートを読み込めません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="78"/>
        <source>{file}: the ODS file has no content.xml.</source>
        <translation>{file}: ODS ファイルに content.xml がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="81"/>
        <source>{file}: the ODS content is not well-formed XML ({detail}).</source>
        <translation>{file}: ODS の内容が正しい XML ではありません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="84"/>
        <source>There is no field “{field}” to map to (fields: {fields}).</source>
        <translation>割り当て先の項目「{field}」はありません(項目: {fields})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="87"/>
        <source>The file has no column “{column}” (chosen for {field}).</source>
        <translation>ファイルに列「{column}」がありません({field} に割り当てられています)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="90"/>
        <source>Column “{column}” is chosen twice ({field}, {other_field}).</source>
        <translation>列「{column}」が二重に割り当てられています({field}、{other_field})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="93"/>
        <source>Columns not recognised: {columns} — choose what each is read as, or ignore them.</source>
        <translation>認識できない列があります: {columns} — 各列の読み取り先を選ぶか、無視してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="97"/>
        <source>Two columns give {field}: “{column}” and “{other_column}”; read one of them as something else or ignore it.</source>
        <translation>{field} を与える列が二つあります:「{column}」と「{other_column}」。どちらかを別の項目に割り当てるか、無視してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="102"/>
        <source>No column gives {fields} (required); choose one in the Columns tab.</source>
        <translation>{fields} のいずれかを与える列がありません(必須)。「列」タブで割り当ててください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="105"/>
        <source>“{value}” names several delegations ({delegations}); choose one.</source>
        <translation>「{value}」は複数の代表団に当てはまります({delegations})。一つを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="108"/>
        <source>The affiliation “{value}” names several delegations ({delegations}); choose one.</source>
        <translation>所属「{value}」は複数の代表団に当てはまります({delegations})。一つを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="112"/>
        <source>There is no delegation “{value}” in this meeting.</source>
        <translation>この会合に代表団「{value}」はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="115"/>
        <source>“{value}” ({iso}) has no delegation in this meeting.</source>
        <translation>「{value}」({iso})の代表団はこの会合にありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="118"/>
        <source>“{value}” is not a known country and has no delegation in this meeting.</source>
        <translation>「{value}」は既知の国名ではなく、この会合の代表団にも当てはまりません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="121"/>
        <source>The affiliation “{value}” names no delegation.</source>
        <translation>所属「{value}」はどの代表団にも当てはまりません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="124"/>
        <source>No delegation, country or affiliation is given.</source>
        <translation>代表団・国・所属のいずれも書かれていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="127"/>
        <source>Column {column} holds a formula ({formula}) saved without its computed value; open and save the file in a spreadsheet program, or type the value.</source>
        <translation>{column} 列に、計算結果なしで保存された数式({formula})があります。表計算ソフトでファイルを開いて保存し直すか、値を入力してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="133"/>
        <source>{file}, sheet {sheet}, row {row}, column {column} ({field}): a formula ({formula}); the value it showed, “{value}”, is taken — check it.</source>
        <translation>{file} のシート {sheet}、{row} 行目 {column} 列({field}): 数式({formula})です。表示されていた値「{value}」を取り込みます。確認してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="139"/>
        <source>Empty: this is required.</source>
        <translation>空欄です(必須の項目です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="140"/>
        <source>“{value}” is not a role; use one of: {roles}.</source>
        <translation>「{value}」は役割として使えません。次のいずれかにしてください: {roles}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="143"/>
        <source>“{value}” is not an accreditation state; use one of: {accreditations}.</source>
        <translation>「{value}」は登録状況として使えません。次のいずれかにしてください: {accreditations}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="146"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>「{value}」は電子メールアドレスではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="149"/>
        <source>“{value}” is not written in kana.</source>
        <translation>「{value}」はかなで書かれていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="152"/>
        <source>The departure is before the arrival.</source>
        <translation>出発が到着より前になっています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="155"/>
        <source>There is no delegation with code “{value}” in this meeting.</source>
        <translation>この会合にコード「{value}」の代表団はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="158"/>
        <source>“{value}” is not a MeetingDesk ID.</source>
        <translation>「{value}」は MeetingDesk の識別番号ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="161"/>
        <source>No participant of this meeting has this MeetingDesk ID.</source>
        <translation>この MeetingDesk 識別番号を持つ参加者はこの会合にいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="164"/>
        <source>{count} registered participants share this e-mail address.</source>
        <translation>登録済みの参加者 {count} 人がこの電子メールアドレスを共有しています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="167"/>
        <source>The same MeetingDesk ID as row {row}.</source>
        <translation>{row} 行目と同じ MeetingDesk 識別番号です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="170"/>
        <source>The same e-mail address as row {row}.</source>
        <translation>{row} 行目と同じ電子メールアドレスです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="173"/>
        <source>The same person as row {row}.</source>
        <translation>{row} 行目と同じ人です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="176"/>
        <source>Badge {badge} is also on row {row}.</source>
        <translation>バッジ番号 {badge} は {row} 行目にもあります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="179"/>
        <source>Badge {badge} is already given to {name}.</source>
        <translation>バッジ番号 {badge} はすでに {name} に割り当てられています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="182"/>
        <source>A second head of delegation (see row {row}).</source>
        <translation>二人目の団長です({row} 行目を参照)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="185"/>
        <source>The delegation already has a head ({name}).</source>
        <translation>この代表団にはすでに団長がいます({name})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="188"/>
        <source>{cells} cells for {columns} columns.</source>
        <translation>列は {columns} 個ですが、セルが {cells} 個あります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="191"/>
        <source>The file has {count} problem(s); nothing was imported.</source>
        <translation>ファイルに問題が {count} 件あります。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="194"/>
        <source>The file has no participant rows; nothing was imported.</source>
        <translation>ファイルに参加者の行がありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="197"/>
        <source>Row {row}: delegation {delegation} is gone; nothing was imported.</source>
        <translation>{row} 行目: 代表団 {delegation} がなくなりました。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="200"/>
        <source>Row {row}: {reason} Nothing was imported.</source>
        <translation>{row} 行目: {reason} 何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="203"/>
        <source>{name} was registered since the preview.</source>
        <translation>{name} はプレビューの後に登録されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="206"/>
        <source>Badge {badge} was given since the preview.</source>
        <translation>バッジ番号 {badge} はプレビューの後に割り当てられました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="209"/>
        <source>The delegation got a head since the preview.</source>
        <translation>プレビューの後に、この代表団に団長が登録されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="212"/>
        <source>The participant was retired since the preview.</source>
        <translation>この参加者はプレビューの後に登録を取り消されました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="215"/>
        <source>{file} is not written: .ods files are not written; give a name ending in .xlsx (LibreOffice opens it, and .ods files are read on import).</source>
        <translation>{file} は書き出しません。.ods 形式では書き出せないので、末尾が .xlsx の名前にしてください(LibreOffice で開けます。.ods ファイルは取り込みでは読めます)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="221"/>
        <source>{file} is not written: give a file name ending in .xlsx.</source>
        <translation>{file} は書き出しません。末尾が .xlsx のファイル名にしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="361"/>
        <source>{file} is damaged ({detail}).</source>
        <translation>{file} は壊れています({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="362"/>
        <source>{file} declares a DTD; refused.</source>
        <translation>{file} は DTD を宣言しているため、読み込みを拒否しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="363"/>
        <source>{file}: {part} is too large to be a document part.</source>
        <translation>{file}: {part} は文書の部品としては大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="366"/>
        <source>{file} is not a Word .docx file (not a zip package).</source>
        <translation>{file} は Word の .docx ファイルではありません(ZIP パッケージではありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="369"/>
        <source>{file} is not a Word .docx file (it has no word/document.xml).</source>
        <translation>{file} は Word の .docx ファイルではありません(word/document.xml がありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="372"/>
        <source>{file} has no document body.</source>
        <translation>{file} には文書の本文がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="224"/>
        <source>Row {row}: {field} starts like a spreadsheet formula ({value}); it is kept as text, never run.</source>
        <translation>{row} 行目: {field} が表計算の数式のように始まっています({value})。文字列として取り込み、数式としては実行しません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="229"/>
        <source>“{value}” is not a date (write 2017-06-30, 2017/6/30 or 2017年6月30日).</source>
        <translation>「{value}」は日付として読めません(2017-06-30、2017/6/30、2017年6月30日 のように書いてください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="232"/>
        <source>“{value}” is not a paragraph reference (write declaration:5).</source>
        <translation>「{value}」は段落の指定として読めません(「文書の略称:段落番号」の形で書いてください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="235"/>
        <source>There is no paragraph “{value}” in this meeting.</source>
        <translation>この会合に段落「{value}」はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="238"/>
        <source>Empty: every action needs its English text.</source>
        <translation>空欄です。行動にはそれぞれ英語の本文が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="241"/>
        <source>“{value}” is not a status; use one of: {statuses}.</source>
        <translation>「{value}」は状況として使えません。次のいずれかにしてください: {statuses}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="244"/>
        <source>There is no participant named “{value}” in this meeting.</source>
        <translation>この会合に「{value}」という参加者はいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="247"/>
        <source>The meeting has no annex document to hold actions.</source>
        <translation>この会合には行動を収める附属書の文書がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="250"/>
        <source>This column is not recognised; use the columns of the exported action list.</source>
        <translation>この列は認識できません。書き出した行動一覧の列を使ってください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="254"/>
        <source>This column appears twice.</source>
        <translation>この列が二回あります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="257"/>
        <source>This required column is missing.</source>
        <translation>必須の列がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="260"/>
        <source>“{value}” is not an action ID (UUID).</source>
        <translation>「{value}」は行動の識別番号として読めません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="263"/>
        <source>No action of this meeting has this ID.</source>
        <translation>この識別番号を持つ行動はこの会合にありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="266"/>
        <source>The same action as row {row}.</source>
        <translation>{row} 行目と同じ行動です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="269"/>
        <source>Row {row}: the action was changed since the preview; nothing was imported — preview again.</source>
        <translation>{row} 行目: プレビューの後にこの行動が変更されました。何も取り込んでいません。もう一度プレビューしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="274"/>
        <source>the document&apos;s heading</source>
        <translation>文書の見出し</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="275"/>
        <source>paragraph {number}</source>
        <translation>段落 {number}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="276"/>
        <source>the paragraph “{words}…”</source>
        <translation>段落「{words}…」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="277"/>
        <source>an unnumbered paragraph</source>
        <translation>番号のない段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="278"/>
        <source>new paragraph after {where}</source>
        <translation>{where} の後の新しい段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="279"/>
        <source>new paragraph at the top</source>
        <translation>冒頭の新しい段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="280"/>
        <source>the document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="281"/>
        <source>{file} has no tracked changes: was Track Changes on while it was edited? Nothing to import.</source>
        <translation>{file} には変更履歴がありません。編集中に「変更履歴の記録」がオンになっていたか確認してください(取り込むものはありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="286"/>
        <source>Comment “{comment}” is on a paragraph with no change; not imported.</source>
        <translation>コメント「{comment}」は変更のない段落に付いています。取り込みません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="289"/>
        <source>{file} is not that revision: it has {count} clause paragraphs where the revision has {expected} (numbering too different).</source>
        <translation>{file} はこの版ではありません。条項の段落が {count} 個ありますが、版には {expected} 個あります(番号付けが違いすぎます)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="295"/>
        <source>{file} is not that revision: {where} reads “{text}” where the revision has “{sent}” — text changed without Track Changes, or another revision.</source>
        <translation>{file} はこの版ではありません。{where} が「{text}」となっていますが、版では「{sent}」です。変更履歴を記録せずに文が変えられたか、別の版です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="301"/>
        <source>Paragraph merged into another; propose its deletion and the new wording.</source>
        <translation>段落が別の段落に統合されています。その段落の削除と新しい文言を提案してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="304"/>
        <source>Change outside the text&apos;s paragraphs (title or legend); not imported.</source>
        <translation>本文の段落の外(表題や凡例)の変更です。取り込みません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="307"/>
        <source>The file shows this bracketed paragraph without its delegation tags; send the compilation text for comments.</source>
        <translation>このファイルでは、角括弧のあるこの段落が代表団の表示なしで示されています。意見照会にはコンピレーション・テキストを送ってください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="312"/>
        <source>Tracked change inside square brackets: the bracketed text is under negotiation — propose an alternative in the window instead.</source>
        <translation>角括弧の中の変更です。角括弧内の文は交渉中です。代わりに画面で代替案を提案してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="318"/>
        <source>Comment “{comment}” is on no change of its author; not imported.</source>
        <translation>コメント「{comment}」は、その作成者による変更に付いていません。取り込みません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="321"/>
        <source>{where} ({language}), by {author}: {reason}</source>
        <translation>{where}({language}、{author}): {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="324"/>
        <source>{where} ({language}): {reason}</source>
        <translation>{where}({language}): {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="327"/>
        <source>Author “{author}” matches no delegation: choose the delegation for this author; nothing imported.</source>
        <translation>作成者「{author}」はどの代表団にも当てはまりません。この作成者の代表団を選んでください(何も取り込んでいません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="332"/>
        <source>{where} (Japanese), by {author}: a new clause is proposed in English; add it in the English column.</source>
        <translation>{where}(日本語、{author}): 新しい条項は英語で提案します。英語の列に追加してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="337"/>
        <source>{where}, by {author}: that paragraph no longer exists (deleted since {label}); change not imported.</source>
        <translation>{where}({author}): その段落はもうありません({label} 以降に削除)。変更は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="342"/>
        <source>{file}: {count} change(s) could not be placed; nothing imported — {reason}</source>
        <translation>{file}: {count} 件の変更を反映できません。何も取り込んでいません — {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="345"/>
        <source>Say which revision the file is.</source>
        <translation>ファイルがどの版かを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="348"/>
        <source>{document} has no revision {label} (it has: {revisions}).</source>
        <translation>{document} に版 {label} はありません(あるもの: {revisions})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="351"/>
        <source>{file} cannot be read as a returned document: {detail}</source>
        <translation>{file} を返送された文書として読めません: {detail}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="354"/>
        <source>{reason} ({label} of {document})</source>
        <translation>{reason}({document} の {label})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/problems_sentences.py" line="357"/>
        <source>Author “{author}” is given delegation {delegation}, which is not in this meeting.</source>
        <translation>作成者「{author}」に割り当てた代表団 {delegation} はこの会合にありません。</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="58"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/overview.py" line="67"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/projector.py" line="68"/>
        <source>MeetingDesk — Projector</source>
        <extracomment>blacked out (True) or showing the text again (False)</extracomment>
        <translation>MeetingDesk — プロジェクター</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="58"/>
        <source>New proposal</source>
        <translation>新しい提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="66"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="67"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="73"/>
        <source>Delegation:</source>
        <translation>代表団:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="74"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="75"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="76"/>
        <source>Proposed text:</source>
        <translation>提案テキスト:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="77"/>
        <source>Rationale:</source>
        <translation>理由:</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="120"/>
        <source>Only the selected clause</source>
        <translation>選択した条項のみ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="123"/>
        <source>Only open</source>
        <translation>未処理のみ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="128"/>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="129"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="130"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="131"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="132"/>
        <source>Text / position</source>
        <translation>テキスト / 立場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="138"/>
        <source>New proposal…</source>
        <translation>新しい提案…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="140"/>
        <source>Accept</source>
        <translation>受け入れ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="142"/>
        <source>Incorporate as alternative</source>
        <translation>代替案として取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="146"/>
        <source>Reject</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="148"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="155"/>
        <source>Record position</source>
        <translation>立場を記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="173"/>
        <source>Position of</source>
        <translation>立場:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/proposals.py" line="220"/>
        <source>Rationale: {r}</source>
        <translation>理由: {r}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/qt_gaps.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/qt_gaps.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="39"/>
        <source>Someone else changed {item} since you opened it (now version {now}, you edited version {expected}); nothing was saved — reload and try again.</source>
        <translation>{item}は、開いた後に他の人が変更しました(現在は版 {now}、編集したのは版 {expected})。何も保存していません — 再読み込みしてやり直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="45"/>
        <source>{document} is adopted and frozen; it can no longer be edited.</source>
        <translation>{document} は採択済みで凍結されています。もう編集できません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="48"/>
        <source>{document} is under silence until {until} — break or withdraw the procedure first.</source>
        <translation>{document} は {until} まで沈黙手続中です。先に手続を破棄するか取り下げてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="52"/>
        <source>This sub-paragraph belongs to a deleted paragraph; restore the paragraph first.</source>
        <translation>この号は削除されたパラグラフに属しています。先にそのパラグラフを復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="56"/>
        <source>{clause} is not deleted.</source>
        <translation>{clause} は削除されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="57"/>
        <source>{clause} is deleted; restore it first.</source>
        <translation>{clause} は削除されています。先に復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="60"/>
        <source>Agreed ad ref needs the delegations whose confirmation is pending.</source>
        <translation>アド・レフでの合意には、本国の確認待ちの代表団を指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="63"/>
        <source>{clause} still has {count} open bracket(s); clear them before marking it agreed.</source>
        <translation>{clause} には未解決の角括弧が {count} 個あります。合意とする前に解消してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="67"/>
        <source>{clause} has no ad ref pending for {delegation} (pending: {pending}).</source>
        <translation>{clause} には {delegation} のアド・レフはありません(確認待ち: {pending})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="70"/>
        <source>{clause} has no Japanese text to confirm.</source>
        <translation>{clause} には確認する日本語テキストがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="73"/>
        <source>A document needs a short name and an English title.</source>
        <translation>文書には略称と英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="76"/>
        <source>A document needs an English title.</source>
        <translation>文書には英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="79"/>
        <source>A document needs a short name.</source>
        <translation>文書には略称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="82"/>
        <source>An annex belongs to a document of the same meeting.</source>
        <translation>附属文書は同じ会合の文書に属します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="85"/>
        <source>There is no document named {document} in this meeting.</source>
        <translation>この会合に {document} という文書はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="88"/>
        <source>A document named {document} already exists.</source>
        <translation>{document} という名前の文書はすでにあります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="91"/>
        <source>A revision label needs 1 to 64 characters.</source>
        <translation>改訂版の名前は1〜64文字にしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="94"/>
        <source>{document} already has a revision {label}.</source>
        <translation>{document} には改訂版 {label} がすでにあります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="97"/>
        <source>The proposed text is the same as the current text.</source>
        <translation>提案されたテキストは現行テキストと同じです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="100"/>
        <source>An insert proposal only adds words; use replace to change or remove words.</source>
        <translation>挿入の提案は語句を加えるだけです。語句を変更・削除するには置換を使ってください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="104"/>
        <source>This proposal is already decided ({proposal_status}).</source>
        <translation>この提案はすでに決着しています({proposal_status})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="107"/>
        <source>{delegation} made this proposal; its own support is implied.</source>
        <translation>この提案は {delegation} によるものです。提案国の支持は当然に含まれます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="110"/>
        <source>The clause was edited since this proposal was made and the edits overlap; incorporate it as an alternative by hand or ask for a new proposal.</source>
        <translation>この提案の後に条項が編集され、変更箇所が重なっています。手作業で選択肢として組み込むか、新しい提案を求めてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="115"/>
        <source>The clause was deleted; this proposal no longer applies.</source>
        <translation>条項は削除されました。この提案はもう適用できません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="118"/>
        <source>The passage this proposal changes already holds brackets; edit the clause by hand.</source>
        <translation>この提案が変更する箇所にはすでに角括弧があります。条項を手作業で編集してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="122"/>
        <source>The current text already reads as proposed.</source>
        <translation>現行テキストはすでに提案どおりです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="125"/>
        <source>That clause is deleted; propose a new clause instead.</source>
        <translation>その条項は削除されています。代わりに新しい条項を提案してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="128"/>
        <source>The comment is empty.</source>
        <translation>コメントが空です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="129"/>
        <source>The comment has {count} characters; {limit} at most.</source>
        <translation>コメントは {count} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="132"/>
        <source>{document} is already under silence; withdraw that procedure first.</source>
        <translation>{document} はすでに沈黙手続中です。先にその手続を取り下げてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="135"/>
        <source>The silence deadline {at} has already passed.</source>
        <translation>沈黙手続の期限 {at} はすでに過ぎています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="138"/>
        <source>{document} is not under a silence procedure.</source>
        <translation>{document} は沈黙手続中ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="141"/>
        <source>An objection received at {received} predates the silence procedure on {document} (started {started}).</source>
        <translation>{received} に受け付けた異議は、{document} の沈黙手続(開始 {started})より前のものです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="146"/>
        <source>An override needs a reason: say why the secretariat adopts anyway.</source>
        <translation>例外としての採択には理由が必要です。事務局がそれでも採択する理由を記してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="149"/>
        <source>{document} has no clauses to adopt.</source>
        <translation>{document} には採択する条項がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="153"/>
        <source>The reading of {name} must be written in kana, not {reading}.</source>
        <translation>{name} の読みは仮名で書いてください({reading} は使えません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="156"/>
        <source>Delegation code {delegation} must be 2 to 16 letters or digits (ISO 3166 alpha-3 for a country).</source>
        <translation>代表団コード {delegation} は2〜16文字の英数字にしてください(国は ISO 3166 の3文字コード)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="161"/>
        <source>{delegation} is not an ISO 3166 country code: use alpha-3 such as JPN, or the kind organisation for a body such as ITU.</source>
        <translation>{delegation} は ISO 3166 の国コードではありません。JPN のような3文字コードを使うか、ITU のような機関には種別「国際機関」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="166"/>
        <source>Delegation {delegation} needs an English name.</source>
        <translation>代表団 {delegation} には英語名が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="169"/>
        <source>Delegation code {delegation} is already used in this meeting.</source>
        <translation>代表団コード {delegation} はこの会合ですでに使われています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="172"/>
        <source>Delegation {delegation} is retired; restore it first.</source>
        <translation>代表団 {delegation} は除外されています。先に復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="175"/>
        <source>Delegation {delegation} still has {count} participant(s): retire them too or move them to another delegation.</source>
        <translation>代表団 {delegation} にはまだ {count} 名の参加者がいます。参加者も除外するか、別の代表団に移してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="180"/>
        <source>Badge number {badge} is already given in this meeting.</source>
        <translation>バッジ番号 {badge} はこの会合ですでに使われています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="183"/>
        <source>A participant needs a family name.</source>
        <translation>参加者には姓が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="186"/>
        <source>{name} is retired; restore them first.</source>
        <translation>{name} は除外されています。先に復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="189"/>
        <source>The e-mail address {email} of {name} is not valid.</source>
        <translation>{name} のメールアドレス {email} は正しくありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="192"/>
        <source>{delegation} already has a head of delegation ({name}); change that role first.</source>
        <translation>{delegation} にはすでに代表団長({name})がいます。先にその役割を変更してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="196"/>
        <source>{time} does not exist in {zone} (the clocks skip that hour).</source>
        <translation>{time} は {zone} に存在しない時刻です(時計がその1時間を飛ばします)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="199"/>
        <source>A room needs an English name.</source>
        <translation>会議室には英語名が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="200"/>
        <source>A session needs an English title.</source>
        <translation>セッションには英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="203"/>
        <source>An agenda item needs an English title.</source>
        <translation>議題には英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="207"/>
        <source>Unknown time zone {zone}: use an IANA name such as Asia/Tokyo.</source>
        <translation>タイムゾーン {zone} は不明です。Asia/Tokyo のような IANA の名前を使ってください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="210"/>
        <source>A meeting needs an English title.</source>
        <translation>会合には英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="213"/>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>会合の終了日({end})が開始日({start})より前です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="217"/>
        <source>An action needs an owner delegation (its code, e.g. JPN).</source>
        <translation>行動には担当代表団が必要です(JPN のようなコード)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="220"/>
        <source>There is no delegation {delegation} in this meeting.</source>
        <translation>この会合に代表団 {delegation} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="223"/>
        <source>This action&apos;s clause is deleted; restore it before editing its text.</source>
        <translation>この行動の条項は削除されています。テキストを編集する前に復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="226"/>
        <source>A follow-up needs a note.</source>
        <translation>フォローアップにはメモが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="227"/>
        <source>{document} is not an annex: actions live in an annex document.</source>
        <translation>{document} は附属文書ではありません。行動は附属文書に置かれます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="231"/>
        <source>Choose at least one document to check out.</source>
        <translation>持ち出す文書を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="234"/>
        <source>{choice} is not a way to resolve a conflict; nothing was changed.</source>
        <translation>{choice} は競合の解決方法ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="237"/>
        <source>{package} was checked out from another database; check it in where it came from. Nothing was changed.</source>
        <translation>{package} は別のデータベースから持ち出されたものです。持ち出し元でチェックインしてください。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="242"/>
        <source>The manifest of {package} is not signed by this database (forged, or made by an older MeetingDesk); refused, nothing was changed.</source>
        <translation>{package} のマニフェストはこのデータベースの署名がありません(偽造か、古い MeetingDesk で作成)。受け付けず、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="247"/>
        <source>{package} was changed outside MeetingDesk; refused, nothing was changed.</source>
        <translation>{package} は MeetingDesk の外で変更されています。受け付けず、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="250"/>
        <source>The meeting of {package} is not in this database; nothing was changed.</source>
        <translation>{package} の会合はこのデータベースにありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="253"/>
        <source>{package} is not a MeetingDesk package (not an SQLite file).</source>
        <translation>{package} は MeetingDesk のパッケージではありません(SQLite ファイルではありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="256"/>
        <source>{package} is not a MeetingDesk package (no MeetingDesk tables).</source>
        <translation>{package} は MeetingDesk のパッケージではありません(MeetingDesk の表がありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="259"/>
        <source>{package} is a MeetingDesk database, not a package.</source>
        <translation>{package} は MeetingDesk のデータベースで、パッケージではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="262"/>
        <source>{package} was written by a newer MeetingDesk; update MeetingDesk. Nothing was changed.</source>
        <translation>{package} は新しい版の MeetingDesk で書かれています。MeetingDesk を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="273"/>
        <source>clause {number}</source>
        <translation>条項 {number}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="276"/>
        <source>the clause “{words}”</source>
        <translation>条項「{words}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="277"/>
        <source>this clause</source>
        <translation>この条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="287"/>
        <source>the session “{title}”</source>
        <translation>セッション「{title}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="288"/>
        <source>the agenda item “{title}”</source>
        <translation>議題「{title}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="289"/>
        <source>the action “{title}”</source>
        <translation>行動「{title}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="290"/>
        <source>delegation {delegation}</source>
        <translation>代表団 {delegation} </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="291"/>
        <source>the participant {name}</source>
        <translation>参加者 {name} </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="292"/>
        <source>document {document}</source>
        <translation>文書 {document} </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="293"/>
        <source>the meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="294"/>
        <source>the seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="295"/>
        <source>this proposal</source>
        <translation>この提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="296"/>
        <source>this comment</source>
        <translation>このコメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals.py" line="300"/>
        <location filename="../../meetingdesk/ui/refusals.py" line="304"/>
        <source>this</source>
        <translation>この項目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="22"/>
        <source>The {entity} {entity_id} no longer exists (someone may have removed it); reload and try again.</source>
        <translation>{entity} {entity_id} はもうありません(他の人が削除した可能性があります)。再読み込みしてやり直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="27"/>
        <source>Someone else changed this entry first; nothing was saved — reload and try again.</source>
        <translation>この項目は先に他の人が変更しました。何も保存していません — 再読み込みしてやり直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="31"/>
        <source>This document is adopted: its text is frozen; nothing was saved.</source>
        <translation>この文書は採択済みで、テキストは凍結されています。何も保存していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="34"/>
        <source>Unknown field(s): {fields}.</source>
        <translation>不明な項目です: {fields}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="35"/>
        <source>The time given has no time zone.</source>
        <translation>指定された時刻にタイムゾーンがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="38"/>
        <source>The session kind {session_kind} is not one of: {session_kinds}.</source>
        <translation>セッションの種類{session_kind}は使えません。次のいずれかにしてください: {session_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="41"/>
        <source>The times of session {title} need a time zone.</source>
        <translation>セッション {title} の時刻にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="44"/>
        <source>Room {room} belongs to another meeting.</source>
        <translation>会議室 {room} は別の会合のものです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="47"/>
        <source>{name} is not a participant of this meeting.</source>
        <translation>{name} はこの会合の参加者ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="50"/>
        <source>Session {title} ends ({ends}) before it starts ({starts}).</source>
        <translation>セッション {title} の終了({ends})が開始({starts})より前です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="53"/>
        <source>{name} departs ({departure}) before arriving ({arrival}).</source>
        <translation>{name} の出発日時({departure})が到着日時({arrival})より前です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="56"/>
        <source>There is no place {place} on that day.</source>
        <translation>その日に {place} 番目の位置はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="59"/>
        <source>There is no place {place} in that session.</source>
        <translation>そのセッションに {place} 番目の位置はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="62"/>
        <source>Document {document} belongs to another meeting.</source>
        <translation>文書 {document} は別の会合のものです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="65"/>
        <source>An agenda item cannot move to another meeting&apos;s agenda.</source>
        <translation>議題を別の会合の議事日程へ移すことはできません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="68"/>
        <source>The delegation kind {delegation_kind} is not one of: {delegation_kinds}.</source>
        <translation>代表団の種別{delegation_kind}は使えません。次のいずれかにしてください: {delegation_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="71"/>
        <source>The order of precedence {rule} is not one of: {rules}.</source>
        <translation>席次の規則{rule}は使えません。次のいずれかにしてください: {rules}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="74"/>
        <source>The host&apos;s place {placement} is not one of: {placements}.</source>
        <translation>開催国の位置{placement}は使えません。次のいずれかにしてください: {placements}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="77"/>
        <source>The Japanese order needs a kana reading for: {delegations}.</source>
        <translation>五十音順にするには、次の代表団の読み(仮名)が必要です: {delegations}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="80"/>
        <source>A manual order must list every delegation of the meeting exactly once.</source>
        <translation>手動の並びには、会合のすべての代表団をちょうど1回ずつ含めてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="83"/>
        <source>A manual order is only used with the rule {rule}.</source>
        <translation>手動の並びは規則{rule}のときだけ使います。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="86"/>
        <source>The role {role} of {name} is not one of: {roles}.</source>
        <translation>{name} の役割{role}は使えません。次のいずれかにしてください: {roles}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="89"/>
        <source>The accreditation {accreditation} of {name} is not one of: {accreditations}.</source>
        <translation>{name} の登録状況{accreditation}は使えません。次のいずれかにしてください: {accreditations}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="93"/>
        <source>The arrival of {name} needs a date and time with its zone.</source>
        <translation>{name} の到着にはタイムゾーン付きの日時が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="96"/>
        <source>The departure of {name} needs a date and time with its zone.</source>
        <translation>{name} の出発にはタイムゾーン付きの日時が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="99"/>
        <source>Choose a delegation or a participant, not both.</source>
        <translation>代表団か参加者のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="102"/>
        <source>There is no participant {name} in this meeting (give an id, an e-mail address or a MeetingDesk ID).</source>
        <translation>この会合に参加者 {name} はいません(番号、メールアドレス、MeetingDesk ID のいずれかを指定してください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="107"/>
        <source>{name} names {count} participants; give the id.</source>
        <translation>{name} に当たる参加者が {count} 名います。番号で指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="110"/>
        <source>A seating plan must seat every delegation of the meeting once.</source>
        <translation>席次表には会合のすべての代表団を1回ずつ配置してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="113"/>
        <source>There is no seat {seat} at this table.</source>
        <translation>このテーブルに席 {seat} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="121"/>
        <source>Carrying over needs two different meetings.</source>
        <translation>引き継ぎには異なる2つの会合が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="124"/>
        <source>The new meeting has no delegation {delegations}: add it, then carry over again (nothing was copied).</source>
        <translation>新しい会合に代表団 {delegations} がありません。追加してから引き継ぎ直してください(何も複写していません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="129"/>
        <source>The clause this action implements no longer exists.</source>
        <translation>この行動が実施する条項はもうありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="132"/>
        <source>An action cannot implement itself.</source>
        <translation>行動が自分自身を実施することはできません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="135"/>
        <source>{clause} of {document} belongs to another meeting; an action implements clauses of its own meeting.</source>
        <translation>{document} の{clause} は別の会合のものです。行動が実施できるのは同じ会合の条項だけです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="140"/>
        <source>The contact person is not a participant of this meeting.</source>
        <translation>連絡担当者はこの会合の参加者ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="143"/>
        <source>The {language} title has {count} characters; {limit} at most.</source>
        <translation>{language}の名称は {count} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="146"/>
        <source>The target date {value} is not a date (write 2017-06-30).</source>
        <translation>目標期日 {value} は日付ではありません(2017-06-30 のように書いてください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="149"/>
        <source>The follow-up date {value} is not a date (write 2017-06-30).</source>
        <translation>フォローアップの日付 {value} は日付ではありません(2017-06-30 のように書いてください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="152"/>
        <source>{clause} is a clause of the kind {clause_kind}, not an action.</source>
        <translation>{clause} は種類「{clause_kind}」の条項で、行動ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="155"/>
        <source>{clause} already carries an action.</source>
        <translation>{clause} にはすでに行動があります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="158"/>
        <source>The note has {count} characters; {limit} at most.</source>
        <translation>メモは {count} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="161"/>
        <source>A follow-up needs a date.</source>
        <translation>フォローアップには日付が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="162"/>
        <source>The action does not implement {clause}.</source>
        <translation>この行動は {clause} を実施していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="165"/>
        <source>The action status {action_status} is not one of: {action_statuses}.</source>
        <translation>行動の状況{action_status}は使えません。次のいずれかにしてください: {action_statuses}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="173"/>
        <source>The export {export_kind} is not one of: {export_kinds}.</source>
        <translation>出力の種類「{export_kind}」は使えません。次のいずれかにしてください: {export_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="176"/>
        <source>The language {language} is not one of: {languages}.</source>
        <translation>言語「{language}」は使えません。次のいずれかにしてください: {languages}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="179"/>
        <source>The paper size {paper} is not one of: {papers}.</source>
        <translation>用紙サイズ{paper}は使えません。次のいずれかにしてください: {papers}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="182"/>
        <source>“{export_kind}” needs a document (one of: {documents}).</source>
        <translation>「{export_kind}」には文書を指定してください(次のいずれか: {documents})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="185"/>
        <source>The file could not be written: {reason}</source>
        <translation>ファイルを書き出せませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="188"/>
        <source>{file} is a folder; give a file name.</source>
        <translation>{file} はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="191"/>
        <source>Nothing can be written in the folder {folder}: {why}.</source>
        <translation>フォルダー {folder} には書き込めません: {why}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="194"/>
        <source>{file} could not be written: {why}.</source>
        <translation>{file} を書き出せませんでした: {why}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="197"/>
        <source>{clause} of {document} ({language}) has unbalanced brackets; it cannot be written as final text — clear the brackets or export the compilation text instead.</source>
        <translation>{document} の{clause}({language})の角括弧が閉じていません。最終テキストとしては出力できません — 角括弧を解消するか、コンピレーション・テキストを出力してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="202"/>
        <source>The Japanese font {file} is a folder, not a font file. Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.</source>
        <translation>日本語フォント {file} はフォルダーで、フォントファイルではありません。日本語の TrueType フォントをインストールするか(Debian/Ubuntu: apt install fonts-ipaexfont、Windows: 游明朝または MS 明朝が標準で入っています、macOS: IPAex 明朝 ipaexm.ttf をダウンロード)、{env} に .ttf/.ttc ファイルのパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="209"/>
        <source>The Japanese font {file} does not exist. Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.</source>
        <translation>日本語フォント {file} はありません。日本語の TrueType フォントをインストールするか(Debian/Ubuntu: apt install fonts-ipaexfont、Windows: 游明朝または MS 明朝が標準で入っています、macOS: IPAex 明朝 ipaexm.ttf をダウンロード)、{env} に .ttf/.ttc ファイルのパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="216"/>
        <source>The Japanese font {file} cannot be read (check its permissions). Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.</source>
        <translation>日本語フォント {file} を読み込めません(アクセス権を確認してください)。日本語の TrueType フォントをインストールするか(Debian/Ubuntu: apt install fonts-ipaexfont、Windows: 游明朝または MS 明朝が標準で入っています、macOS: IPAex 明朝 ipaexm.ttf をダウンロード)、{env} に .ttf/.ttc ファイルのパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="223"/>
        <source>No usable Japanese font was found on this computer. Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.</source>
        <translation>このコンピューターに使える日本語フォントが見つかりません。日本語の TrueType フォントをインストールするか(Debian/Ubuntu: apt install fonts-ipaexfont、Windows: 游明朝または MS 明朝が標準で入っています、macOS: IPAex 明朝 ipaexm.ttf をダウンロード)、{env} に .ttf/.ttc ファイルのパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="230"/>
        <source>The Japanese font {file} cannot be embedded: only TrueType outlines work. Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.</source>
        <translation>日本語フォント {file} は埋め込めません。使えるのは TrueType のアウトラインだけです。日本語の TrueType フォントをインストールするか(Debian/Ubuntu: apt install fonts-ipaexfont、Windows: 游明朝または MS 明朝が標準で入っています、macOS: IPAex 明朝 ipaexm.ttf をダウンロード)、{env} に .ttf/.ttc ファイルのパスを設定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="237"/>
        <source>The Latin font {file} cannot be embedded.</source>
        <translation>欧文フォント {file} は埋め込めません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="240"/>
        <source>The Japanese font {file} has no glyph for {count} character(s) of this text ({chars}); nothing was written — choose a Japanese TrueType font such as IPAex Mincho (ipaexm.ttf).</source>
        <translation>日本語フォント {file} には、このテキストの {count} 文字({chars})の字形がありません。何も書き出していません — IPAex 明朝(ipaexm.ttf)のような日本語 TrueType フォントを選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="246"/>
        <source>The meeting has no annex document.</source>
        <translation>この会合には附属文書がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="247"/>
        <source>A redline needs the revision to compare from (revisions of {document}: {revisions}).</source>
        <translation>見え消し版には比較元の改訂版が必要です({document} の改訂版: {revisions})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="251"/>
        <source>{file} does not exist.</source>
        <translation>{file} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="252"/>
        <source>{file} cannot be read (check its permissions).</source>
        <translation>{file} を読み込めません(アクセス権を確認してください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="255"/>
        <source>{file} could not be written (check the disk and the folder&apos;s permissions).</source>
        <translation>{file} を書き出せませんでした(ディスクとフォルダーのアクセス権を確認してください)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="258"/>
        <source>{file} is not a PDF file.</source>
        <translation>{file} は PDF ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="259"/>
        <source>Akoma Ntoso holds one language per file: choose English or Japanese, not {language}.</source>
        <translation>Akoma Ntoso は1ファイルに1言語です。「{language}」ではなく英語か日本語を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="263"/>
        <source>Choose the revision to circulate.</source>
        <translation>配布する改訂版を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="266"/>
        <source>{document} has no revision {label}: only frozen revisions are circulated (it has: {revisions}).</source>
        <translation>{document} に改訂版 {label} はありません。配布できるのは凍結した改訂版だけです(あるもの: {revisions})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="271"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} はファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="274"/>
        <source>The meeting has no delegation to circulate to (besides the host).</source>
        <translation>この会合には(開催国のほかに)配布先の代表団がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="277"/>
        <source>The database holds no meeting yet; create one or load the demo.</source>
        <translation>このデータベースにはまだ会合がありません。会合を作成するか、デモを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="285"/>
        <source>There is no open conflict on this clause ({language}); it may have been resolved already.</source>
        <translation>この条項({language})に未解決の競合はありません。すでに解決された可能性があります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="290"/>
        <source>This clause no longer exists.</source>
        <translation>この条項はもうありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="291"/>
        <source>An edited resolution needs its text.</source>
        <translation>編集して解決するにはテキストが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="294"/>
        <source>The package&apos;s version history refers to versions it does not hold; nothing was changed.</source>
        <translation>パッケージの版の履歴が、含まれていない版を参照しています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="299"/>
        <source>{count} document(s) of {package} are not in this meeting; nothing was changed.</source>
        <translation>{package} の文書のうち {count} 件がこの会合にありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="303"/>
        <source>{package} was taken from {count} version(s) this database no longer has (was it restored from an older backup?). Nothing was changed.</source>
        <translation>{package} は、このデータベースにもうない版({count} 件)から持ち出されています(古いバックアップから復元しましたか?)。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="308"/>
        <source>{folder} is a folder; give a name for the package file.</source>
        <translation>{folder} はフォルダーです。パッケージのファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="311"/>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>フォルダー {folder} はありません。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="314"/>
        <source>The package {package} could not be written: {reason}</source>
        <translation>パッケージ {package} を書き出せませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="317"/>
        <source>The package would hold {count} dangling reference(s); nothing was written.</source>
        <translation>パッケージに参照先のない参照が {count} 件含まれてしまいます。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="320"/>
        <source>{file} is not a file.</source>
        <translation>{file} はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="321"/>
        <source>{package} is damaged or cannot be read ({reason}); ask for a fresh copy of the package.</source>
        <translation>{package} は壊れているか読み込めません({reason})。パッケージを新たに受け取ってください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="326"/>
        <source>{package} could not be brought up to date: {reason}</source>
        <translation>{package} を最新の形式に更新できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="334"/>
        <source>A PostgreSQL database is backed up on its server ({server}, database {database}); run: {command} — and keep this computer&apos;s audit key with: {key_command}</source>
        <translation>PostgreSQL のデータベースはサーバー側でバックアップします({server}、データベース {database})。実行するコマンド: {command} — このコンピューターの監査鍵は次のコマンドで保存してください: {key_command}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="340"/>
        <source>A database in memory has no file to back up.</source>
        <translation>メモリ上のデータベースにはバックアップするファイルがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="343"/>
        <source>{file} already exists; choose a new file name (nothing was written).</source>
        <translation>{file} はすでにあります。新しいファイル名を選んでください(何も書き出していません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="346"/>
        <source>The folder {folder} is not writable; nothing was written.</source>
        <translation>フォルダー {folder} に書き込めません。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="349"/>
        <source>The disk holding {folder} is full; no backup was written.</source>
        <translation>{folder} のあるディスクがいっぱいです。バックアップは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="352"/>
        <source>The backup to {file} failed: {reason} (nothing was written).</source>
        <translation>{file} へのバックアップに失敗しました: {reason}(何も書き出していません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="360"/>
        <source>meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="361"/>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="362"/>
        <source>clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="363"/>
        <source>clause version</source>
        <translation>条項の版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="364"/>
        <source>delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="365"/>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="366"/>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="367"/>
        <source>agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="368"/>
        <source>room</source>
        <translation>会議室</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="369"/>
        <source>action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="370"/>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="371"/>
        <source>proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="379"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="380"/>
        <source>permission denied (choose a folder you can write to)</source>
        <translation>アクセスが拒否されました(書き込めるフォルダーを選んでください)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="383"/>
        <source>the disk is read-only</source>
        <translation>ディスクは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="384"/>
        <source>it is a folder; give a file name</source>
        <translation>フォルダーです。ファイル名を指定してください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="391"/>
        <source>“{value}”</source>
        <translation>「{value}」</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="446"/>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="467"/>
        <source>none</source>
        <extracomment>fields holding lists of names (shown joined; an empty one as &quot;none&quot;)</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/adoption.py" line="53"/>
        <location filename="../../meetingdesk/ui/refusals_areas.py" line="447"/>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="349"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="21"/>
        <source>{text_part} is empty; to remove the clause, delete it instead.</source>
        <translation>{text_part}が空です。条項をなくすには削除してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="24"/>
        <source>{text_part} has {count} characters; a clause holds {limit} at most — split it.</source>
        <translation>{text_part}は {count} 文字あります。一つの条項は {limit} 文字までです — 分割してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="28"/>
        <source>{text_part}: markup error at character {position}: {fault}.</source>
        <translation>{text_part}の {position} 文字目にマークアップの誤りがあります: {fault}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="32"/>
        <source>{language} is not a language of the texts ({languages}).</source>
        <translation>{language} は本文の言語ではありません({languages})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="35"/>
        <source>{document_kind} is not a kind of document; choose one of: {document_kinds}.</source>
        <translation>{document_kind} は文書の種別ではありません。次から選んでください: {document_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="39"/>
        <source>{clause_kind} is not a kind of clause; choose one of: {clause_kinds}.</source>
        <translation>{clause_kind} は条項の種別ではありません。次から選んでください: {clause_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="42"/>
        <source>{clause_status} is not a clause status; choose one of: {clause_statuses}.</source>
        <translation>{clause_status} は条項の状態ではありません。次から選んでください: {clause_statuses}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="45"/>
        <source>{proposal_kind} is not a kind of proposal; choose one of: {proposal_kinds}.</source>
        <translation>{proposal_kind} は提案の種別ではありません。次から選んでください: {proposal_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="49"/>
        <source>{proposal_status} is not a proposal status; choose one of: {proposal_statuses}.</source>
        <translation>{proposal_status} は提案の状態ではありません。次から選んでください: {proposal_statuses}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="53"/>
        <source>{stance} is not a position; choose one of: {stances}.</source>
        <translation>{stance} は立場ではありません。次から選んでください: {stances}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="56"/>
        <source>{revision_kind} is not a kind of revision; choose one of: {revision_kinds}.</source>
        <translation>{revision_kind} は改訂版の種別ではありません。次から選んでください: {revision_kinds}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="60"/>
        <source>{numbering} is not a way of numbering; choose one of: {numberings}.</source>
        <translation>{numbering} は番号付けの方法ではありません。次から選んでください: {numberings}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="64"/>
        <source>{document} has no revision {label} (frozen so far: {revisions}).</source>
        <translation>{document} に改訂版 {label} はありません(これまでに確定したもの: {revisions})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="67"/>
        <source>That clause is not in {document}; reload the page.</source>
        <translation>その条項は {document} にありません。ページを再読み込みしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="70"/>
        <source>A page of clauses starts at 0 or later and holds at least one clause.</source>
        <translation>条項のページは 0 以上の位置から始まり、少なくとも一つの条項を含みます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="73"/>
        <source>The English version named as the source is not an English version of this clause.</source>
        <translation>翻訳元に指定された版は、この条項の英語の版ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="77"/>
        <source>That version belongs to another clause.</source>
        <translation>その版は別の条項のものです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="80"/>
        <source>One version is in {language} and the other in {other_language}; compare versions of one language.</source>
        <translation>一方の版は{language}、もう一方は{other_language}です。同じ言語の版どうしを比較してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="85"/>
        <source>The {language} text of {clause} was saved by someone else since you opened it; nothing was restored — reload and try again.</source>
        <translation>{clause} の{language}の本文は、開いた後に他の人が保存しました。何も復元していません — 再読み込みしてやり直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="90"/>
        <source>The Japanese text of {clause} was saved by someone else since you opened it; nothing was confirmed — reload and check it again.</source>
        <translation>{clause} の日本語の本文は、開いた後に他の人が保存しました。何も確認済みにしていません — 再読み込みしてもう一度確かめてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="95"/>
        <source>The English text of {clause} changed since you compared it; nothing was confirmed — reload and check the translation again.</source>
        <translation>{clause} の英語の本文は、比較した後に変更されました。何も確認済みにしていません — 再読み込みして訳をもう一度確かめてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="100"/>
        <source>{clause} has no English text to translate from.</source>
        <translation>{clause} には翻訳元となる英語の本文がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="103"/>
        <source>Delegations to confirm go only with the status agreed ad ref.</source>
        <translation>確認待ちの代表団は、状態がアド・レフでの合意のときにだけ指定できます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="107"/>
        <source>The first clause at its level cannot be indented: nothing above holds it.</source>
        <translation>この階層の最初の条項は字下げできません：上に受け皿となる条項がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="110"/>
        <source>This clause is already at the top level.</source>
        <translation>この条項は既に最上位の階層にあります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="113"/>
        <source>A clause cannot be placed inside itself or its own parts.</source>
        <translation>条項を自分自身又はその細目の中に置くことはできません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="116"/>
        <source>A heading cannot hold sub-paragraphs: indent under a paragraph instead.</source>
        <translation>見出しの下に細目は置けません。パラグラフの下に字下げしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="119"/>
        <source>A heading cannot become a sub-paragraph.</source>
        <translation>見出しは細目にできません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="122"/>
        <source>Sub-paragraphs go {count} levels deep at most: (a), (i), (A).</source>
        <translation>細目は {count} 階層まで((a)、(i)、(A))です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="125"/>
        <source>The clause to follow is not under that paragraph.</source>
        <translation>後ろに置く相手の条項は、そのパラグラフの下にありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="128"/>
        <source>The clauses would not form a valid outline; nothing was moved.</source>
        <translation>条項の構成が正しくなくなるため、何も移動していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="131"/>
        <source>A deleted clause cannot hold sub-paragraphs; restore it first.</source>
        <translation>削除された条項の下に細目は置けません。先に復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="134"/>
        <source>A clause moves within its own document, not into {document}; propose a new clause there instead.</source>
        <translation>条項は自分の文書の中でだけ移動できます。{document} へは移せません。そちらには新しい条項を提案してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="139"/>
        <source>A clause cannot be moved after itself.</source>
        <translation>条項を自分自身の後ろへ移動することはできません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="143"/>
        <source>The text of {clause} was changed by someone else since you opened it; nothing was resolved — reload and pick again.</source>
        <translation>{clause} の本文は、開いた後に他の人が変更しました。何も解決していません — 再読み込みしてもう一度選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="148"/>
        <source>{clause} has no bracket {bracket} in its {language} text.</source>
        <translation>{clause} の{language}の本文に {bracket} 番目の角括弧はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="151"/>
        <source>Bracket {bracket} of {clause} has no alternative {alternative}.</source>
        <translation>{clause} の {bracket} 番目の角括弧に {alternative} 番目の選択肢はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="154"/>
        <source>{clause} was edited after the bracket was resolved; nothing was undone — restore an earlier version from its history instead.</source>
        <translation>{clause} は角括弧の解決後に編集されました。何も元に戻していません — 代わりに履歴から以前の版を復元してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="160"/>
        <source>A new clause is proposed in English; its Japanese follows.</source>
        <translation>新しい条項は英語で提案します。日本語は後から続きます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="163"/>
        <source>A proposal to {proposal_kind} names the clause it concerns.</source>
        <translation>「{proposal_kind}」の提案には、対象の条項を指定してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="166"/>
        <source>A new-clause proposal names the clause it follows, not a clause it changes.</source>
        <translation>新しい条項の提案では、変更する条項ではなく、その前に来る条項を指定します。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="170"/>
        <source>A move cannot be written as bracketed alternatives.</source>
        <translation>移動は角括弧の選択肢として書けません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="173"/>
        <source>The clause has no {language} text to bracket.</source>
        <translation>この条項には角括弧で囲む{language}の本文がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="177"/>
        <source>A reply must be on the same clause as its comment.</source>
        <translation>返信は、元のコメントと同じ条項に付けてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="180"/>
        <source>This comment is already resolved.</source>
        <translation>このコメントはすでに解決済みです。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="183"/>
        <source>This comment is not resolved.</source>
        <translation>このコメントは解決済みではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="187"/>
        <source>The search is {count} characters long; {limit} at most.</source>
        <translation>検索語は {count} 文字あります。上限は {limit} 文字です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="191"/>
        <source>The silence deadline {value} is not a date and time like 2016-04-30 12:00.</source>
        <translation>沈黙手続の期限 {value} は、2016-04-30 12:00 のような日時になっていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="194"/>
        <source>The silence deadline {value} does not exist or occurs twice in {zone} (a change of summer time); choose another hour.</source>
        <translation>沈黙手続の期限 {value} は {zone} では存在しないか二度ある時刻です(夏時間の切り替え)。別の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="199"/>
        <source>The silence deadline {value} does not exist in {zone} (the clocks skip that hour); choose another hour.</source>
        <translation>沈黙手続の期限 {value} は {zone} には存在しません(時計がその時間を飛ばします)。別の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="204"/>
        <source>The silence deadline needs a time zone.</source>
        <translation>沈黙手続の期限にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="207"/>
        <source>The time an objection was received needs a time zone.</source>
        <translation>異議を受け付けた時刻にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="210"/>
        <source>{document} cannot be adopted yet: {reasons}.</source>
        <translation>{document} はまだ採択できません: {reasons}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="216"/>
        <source>{file} is empty.</source>
        <translation>{file} は空です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="217"/>
        <source>{file} is protected by a password; open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again.</source>
        <translation>{file} はパスワードで保護されています。Word で開いてパスワードを解除し(ファイル &gt; 情報 &gt; 文書の保護)、保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="222"/>
        <source>{file} is an old Word 97-2003 document (.doc); save it as .docx (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file} は古い Word 97-2003 の文書(.doc)です。.docx として保存し直してください(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="227"/>
        <source>{file} is not a Word .docx file (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file} は Word の .docx ファイルではありません(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="232"/>
        <source>{file} is damaged and cannot be read ({detail}).</source>
        <translation>{file} は壊れていて読み込めません({detail})。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="235"/>
        <source>{file} holds {count} parts: it is not a document; nothing was read.</source>
        <translation>{file} には {count} 個の部分があり、文書ではありません。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="238"/>
        <source>{file}: the part {part_name} expands {count} times (a zip bomb?); nothing was read.</source>
        <translation>{file}: 部分 {part_name} が {count} 倍に展開されます(zip 爆弾の疑い)。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="242"/>
        <source>{file} would expand to {count} MB; nothing was read.</source>
        <translation>{file} は展開すると {count} MB になります。何も読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="245"/>
        <source>{file} is an OpenDocument file; save it as .docx (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file} は OpenDocument のファイルです。.docx として保存し直してください(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="250"/>
        <source>{file} is an Apple Pages document; export it as Word .docx (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file} は Apple Pages の文書です。Word の .docx として書き出してください(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="255"/>
        <source>{file} is a zip archive but not a Word document.</source>
        <translation>{file} は zip 書庫ですが、Word の文書ではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="258"/>
        <source>{file} has no paragraphs of text; nothing to import.</source>
        <translation>{file} には本文の段落がありません。取り込むものがありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="261"/>
        <source>{file} cannot be read: {detail}.</source>
        <translation>{file} を読み込めません: {detail}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="264"/>
        <source>{file} is {count} MB: too large for a draft.</source>
        <translation>{file} は {count} MB あり、草案としては大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="267"/>
        <source>{file}: {suffix} files are not read (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file}: {suffix} ファイルは読み込みません(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="272"/>
        <source>{file} is not a text file (MeetingDesk reads Word .docx, plain text .txt and Markdown .md).</source>
        <translation>{file} はテキストファイルではありません(MeetingDesk が読めるのは Word の .docx、テキストの .txt、Markdown の .md です)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="277"/>
        <source>{file}: its characters cannot be read as text.</source>
        <translation>{file}: 文字をテキストとして読み取れません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="280"/>
        <source>The imported text has no paragraphs; nothing was written.</source>
        <translation>取り込んだ本文にパラグラフがありません。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="283"/>
        <source>{count} Japanese line(s) have no English (first: {place}); add the English or remove the line — nothing was written.</source>
        <translation>英語のない日本語の行が {count} 行あります(最初: {place})。英語を加えるか、その行を除いてください — 何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="288"/>
        <source>{place}: a sub-paragraph has no paragraph above it ({count} such line(s)); correct the kinds in the preview — nothing was written.</source>
        <translation>{place}: 上にパラグラフのない細目があります(該当 {count} 行)。プレビューで種別を直してください — 何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="293"/>
        <source>The English and Japanese texts do not match ({count} problem(s), first: {first}); fix the files, or import with the missing Japanese flagged — nothing was written.</source>
        <translation>英語と日本語の本文が対応していません(問題 {count} 件、最初: {first})。ファイルを直すか、日本語の欠落を記録して取り込んでください — 何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="299"/>
        <source>{line_kind} paragraphs: {count} in English, {other_count} in Japanese.</source>
        <translation>{line_kind}の段落: 英語 {count}、日本語 {other_count}。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="302"/>
        <source>English line {line} ({line_kind} {number}) has no Japanese.</source>
        <translation>英語の {line} 行目({line_kind} {number})に対応する日本語がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="305"/>
        <source>Japanese line {line} ({line_kind} {number}) has no English.</source>
        <translation>日本語の {line} 行目({line_kind} {number})に対応する英語がありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="308"/>
        <source>English line {line} is numbered {number}, Japanese line {other_line} {other_number}.</source>
        <translation>英語の {line} 行目の番号は {number}、日本語の {other_line} 行目の番号は {other_number} です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="312"/>
        <source>{place}: sub-paragraph {number} has no paragraph above it; make it a paragraph.</source>
        <translation>{place}: 細目 {number} の上にパラグラフがありません。パラグラフにしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="316"/>
        <source>{place}: the number {number} was not understood; it is kept in the text.</source>
        <translation>{place}: 番号 {number} を読み取れなかったため、本文に残しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="319"/>
        <source>{count} table line(s) not imported.</source>
        <translation>表の行 {count} 行は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="322"/>
        <source>{count} table(s) not imported.</source>
        <translation>表 {count} 個は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="323"/>
        <source>{count} picture(s) not imported.</source>
        <translation>図 {count} 個は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="326"/>
        <source>A table ({count} rows) after paragraph {paragraph} was not imported.</source>
        <translation>第 {paragraph} 段落の後の表({count} 行)は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="329"/>
        <source>{place}: {count} picture(s) or text box(es) not imported.</source>
        <translation>{place}: 図又はテキストボックス {count} 個は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="332"/>
        <source>{clause} changed since the preview; nothing was written — preview the file again.</source>
        <translation>{clause} はプレビューの後に変わりました。何も書き込んでいません — もう一度プレビューしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="336"/>
        <source>{clause} was edited by someone else since the preview; nothing was written — preview the file again.</source>
        <translation>{clause} はプレビューの後に他の人が編集しました。何も書き込んでいません — もう一度プレビューしてください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="367"/>
        <source>the English text</source>
        <translation>英語の本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="368"/>
        <source>the Japanese text</source>
        <translation>日本語の本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="369"/>
        <source>the proposed text</source>
        <translation>提案された本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="370"/>
        <source>the text as accepted</source>
        <translation>受け入れ後の本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="371"/>
        <source>the text with the alternatives</source>
        <translation>選択肢を角括弧で示した本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="372"/>
        <source>the resolved text</source>
        <translation>解決後の本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="373"/>
        <source>the text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="375"/>
        <source>{part} of {clause}</source>
        <translation>{clause} の{part}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="379"/>
        <source>{place}, {part}</source>
        <translation>{place}の{part}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="396"/>
        <source>line {n}</source>
        <translation>{n} 行目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="397"/>
        <source>paragraph {n}</source>
        <translation>{n} 番目の段落</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="422"/>
        <source>the pasted text</source>
        <translation>貼り付けた本文</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="431"/>
        <source>sub-paragraph</source>
        <translation>細目</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="437"/>
        <source>numbers kept within a round (8bis)</source>
        <translation>交渉ラウンド中は番号を固定(追加は枝番)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="438"/>
        <source>numbers following the order</source>
        <translation>順序どおりに番号を振る</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="444"/>
        <source>Japanese text missing</source>
        <translation>日本語の本文がない</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="445"/>
        <source>Japanese text out of date</source>
        <translation>日本語の本文が古い</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="446"/>
        <source>proposals still open</source>
        <translation>未決の提案がある</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="447"/>
        <source>comments not resolved</source>
        <translation>未解決のコメントがある</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="448"/>
        <source>open brackets remain</source>
        <translation>未解決の角括弧がある</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="449"/>
        <source>ad ref pending</source>
        <translation>アド・レフの確認待ち</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="450"/>
        <source>the silence procedure is still running</source>
        <translation>沈黙手続が進行中</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="453"/>
        <source>the silence procedure was broken</source>
        <translation>沈黙手続が破られた</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/refusals_drafting.py" line="456"/>
        <source>the text differs from the one circulated under silence</source>
        <translation>本文が沈黙手続で回付したものと異なる</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="49"/>
        <source>New room</source>
        <translation>新しい会場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="55"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="60"/>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="61"/>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="62"/>
        <source>Seats</source>
        <translation>席数</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="39"/>
        <source>Search all documents, English and Japanese (Ctrl+F)</source>
        <extracomment>hits shown at first; &quot;Show more&quot; asks for ten times as many a hit was activated: (document id, clause id)</extracomment>
        <translation>すべての文書を英語と日本語で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="41"/>
        <source>Search all documents</source>
        <translation>全文書を検索</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="43"/>
        <source>Include history</source>
        <translation>履歴も含める</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="47"/>
        <source>Show more</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="51"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/search.py" line="102"/>
        <source>The first %n hits; there are more — narrow the search or show more.</source>
        <translation>
            <numerusform>最初の %n 件。ほかにもあります — 検索を絞り込むか、さらに表示してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/search.py" line="109"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件ヒット</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/search.py" line="116"/>
        <source>(older version of {time})</source>
        <translation>({time} の旧版)</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="25"/>
        <source>The chair sits at the head of the table; the others follow the order of precedence. Drag a seat onto another to swap them.</source>
        <translation>議長はテーブルの上座に着き、他の席は席次に従って並びます。席を別の席へドラッグすると入れ替わります。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="33"/>
        <source>Seating plan PDF…</source>
        <translation>座席表PDF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="35"/>
        <source>The table seen from above and the list of seats, in English and Japanese</source>
        <translation>上から見たテーブル配置と座席一覧（英語・日本語）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="45"/>
        <source>Seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="61"/>
        <source>Seating plan saved.</source>
        <translation>座席表を保存しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating_view.py" line="64"/>
        <source>Seat not moved</source>
        <translation>座席を移動できません</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating.py" line="119"/>
        <source>Plenary table — drag a seat onto another to swap</source>
        <translation>全体会合のテーブル — 席を別の席へドラッグすると入れ替わります</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/seating.py" line="117"/>
        <source>Plenary table</source>
        <extracomment>the plan was saved (carries the new SeatingPlan) a readable reason a drop was refused why the login may not move seats (&quot;&quot; when it may; ui.team.rights.why_not)</extracomment>
        <translation>全体会合のテーブル</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="110"/>
        <source>Edit session</source>
        <translation>セッションを編集</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="110"/>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="133"/>
        <source>New room…</source>
        <translation>新しい会場…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="140"/>
        <source>Filter by name or delegation</source>
        <translation>氏名または代表団で絞り込み</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="145"/>
        <source>Tick everyone who speaks in this session</source>
        <translation>このセッションで発言する人すべてにチェックを付けてください</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="164"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="165"/>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="166"/>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="167"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="168"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="169"/>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="170"/>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="210"/>
        <source>(no room)</source>
        <translation>（会場なし）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="227"/>
        <source>(no chair)</source>
        <translation>（議長なし）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="232"/>
        <source>{name} (retired)</source>
        <translation>{name}（除籍）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="263"/>
        <source>Speakers (%n)</source>
        <translation>
            <numerusform>発言者 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="290"/>
        <source>Room not added: {reason}</source>
        <translation>会場を追加できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="335"/>
        <source>A session needs an English title.</source>
        <translation>セッションには英語の名称が必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="341"/>
        <source>{time} does not exist on that day in {zone}: the clocks skip that hour.</source>
        <translation>{zone} ではその日の {time} は存在しません（夏時間の切り替えで時計がその1時間を飛ばします）。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="345"/>
        <source>The session ends before it starts: choose a later end time.</source>
        <translation>終了時刻が開始時刻より前です。より遅い終了時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/logistics/session_dialog.py" line="357"/>
        <source>{time} occurs twice on that day (the clocks go back); the first occurrence is used.</source>
        <translation>その日の {time} は2回あります（夏時間の終了で時計が戻るため）。1回目として扱います。</translation>
    </message>
</context>
<context>
    <name>Silence</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="82"/>
        <source>{days} d {hours} h {minutes} min</source>
        <extracomment>banner kinds (ui/theme.py) of a silence procedure: running, broken, held</extracomment>
        <translation>{days}日 {hours}時間 {minutes}分</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="85"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間 {minutes}分</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="105"/>
        <source>Silence broken by {codes}</source>
        <translation>{codes} により沈黙が破られました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="109"/>
        <source>Silence held: no objection by {time} ({zone})</source>
        <translation>沈黙成立: {time}({zone})までに異議なし</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="112"/>
        <source>Under silence until {time} ({zone})</source>
        <translation>沈黙手続中: {time}({zone})まで</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="116"/>
        <source>{time} meeting time ({zone})</source>
        <translation>会合の時刻で {time}({zone})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="122"/>
        <source>{time} your time ({zone})</source>
        <translation>このコンピューターの時刻 {time}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="146"/>
        <source>No silence procedure is set on this document.</source>
        <translation>この文書には沈黙手続が設定されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="150"/>
        <source>Deadline: {time} ({zone})</source>
        <translation>期限: {time}({zone})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="153"/>
        <source>In the meeting&apos;s time: {time} ({zone})</source>
        <translation>会合の時刻: {time}({zone})</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="162"/>
        <source>Your time here: {time} ({zone})</source>
        <translation>このコンピューターの時刻：{time}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="168"/>
        <source>Broken: {codes} objected in time.</source>
        <translation>不成立: {codes} が期限内に異議を申し立てました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="174"/>
        <source>Expired: the deadline passed with no objection; silence held.</source>
        <translation>期限経過: 異議なく期限が過ぎ、沈黙が成立しました。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="180"/>
        <source>Time left: {left}</source>
        <translation>残り時間: {left}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="187"/>
        <source>Late objections (recorded, they do not break silence): {codes}</source>
        <translation>期限後の異議(記録済み、沈黙は破られない): {codes}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="425"/>
        <source>the objection was received {time} ({zone}), before the silence procedure started ({started}); it cannot object to it</source>
        <translation>異議の受領日時 {time}({zone})は沈黙手続の開始({started})より前のため、この手続への異議にはなりません</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="224"/>
        <source>Silence procedure</source>
        <extracomment>the procedure changed (carries the fresh SilenceSnap)</extracomment>
        <translation>沈黙手続</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="232"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="232"/>
        <source>Received (meeting time)</source>
        <translation>受領日時(会合の時刻)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="232"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="238"/>
        <source>Where it stands</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="251"/>
        <source>Set deadline</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="257"/>
        <source>Deadline (adopted unless someone objects by then)</source>
        <translation>期限(それまでに異議がなければ採択)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="259"/>
        <source>Date, hour, time zone:</source>
        <translation>日付・時刻・タイムゾーン:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="272"/>
        <source>e.g. letter from the delegation, reference</source>
        <translation>例: 代表団からの書簡、文書番号</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="273"/>
        <source>Record objection</source>
        <translation>異議を記録</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="278"/>
        <source>Objection received in writing</source>
        <translation>書面で受領した異議</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="280"/>
        <source>Delegation:</source>
        <translation>代表団:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="281"/>
        <source>Received at:</source>
        <translation>受領日時:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="282"/>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="285"/>
        <source>Withdraw the procedure…</source>
        <translation>手続を撤回…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="326"/>
        <source>late</source>
        <translation>期限後</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="326"/>
        <source>in time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="397"/>
        <source>Withdraw the silence procedure</source>
        <translation>サイレンス手続の撤回</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/silence.py" line="399"/>
        <source>Withdraw the silence procedure running until {time} ({zone})? The withdrawal is recorded; the document can be edited again and a new procedure started.</source>
        <translation>{time}（{zone}）までのサイレンス手続を撤回しますか？ 撤回は記録され、文書は再び編集でき、新たな手続を開始できます。</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <location filename="../../meetingdesk/ui/widgets.py" line="65"/>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/widgets.py" line="66"/>
        <source>Filter the rows</source>
        <translation>行を絞り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/widgets.py" line="67"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/widgets.py" line="157"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/widgets.py" line="159"/>
        <source>{shown} of {total}</source>
        <translation>{total} 件中 {shown} 件</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="35"/>
        <source>Welcome to MeetingDesk</source>
        <translation>MeetingDesk へようこそ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="38"/>
        <source>MeetingDesk keeps a ministerial meeting: agenda, delegations, the negotiated texts in English and Japanese, the annex actions. How do you want to start?</source>
        <translation>MeetingDesk は閣僚会合の議題、代表団、英語と日本語の交渉テキスト、附属書の行動を管理します。どのように始めますか?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="45"/>
        <source>Open the demo meeting (G7 ICT Ministers&apos; Meeting, Takamatsu 2016)</source>
        <translation>デモ会合を開く(G7情報通信大臣会合、高松 2016)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="48"/>
        <source>The demo is kept in its own file: nothing of it enters your own work.</source>
        <translation>デモは専用のファイルに保存され、あなたの作業には一切入りません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="51"/>
        <source>Start a new meeting</source>
        <translation>新しい会合を始める</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="53"/>
        <source>In a new database on this computer: {path}</source>
        <translation>このコンピューターの新しいデータベース: {path}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="58"/>
        <source>Open a database file or a package…</source>
        <translation>データベースファイルまたはパッケージを開く…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="59"/>
        <source>Connect to a team server…</source>
        <translation>チームのサーバーに接続…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="70"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="95"/>
        <source>Open a database or a package</source>
        <translation>データベースまたはパッケージを開く</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/meetings/start_dialog.py" line="97"/>
        <source>MeetingDesk databases and packages (*.sqlite *.db *.mdpkg);;All files (*)</source>
        <translation>MeetingDesk のデータベースとパッケージ (*.sqlite *.db *.mdpkg);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="87"/>
        <source>Set clause status</source>
        <translation>条項の状態を設定</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="101"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="102"/>
        <source>Ad ref pending for:</source>
        <translation>アド・レフ(確認待ち)の代表団:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/dialogs.py" line="103"/>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="21"/>
        <source>secretariat</source>
        <extracomment>the right a gated control needs, kept on it (tests walk the window for it)</extracomment>
        <translation>事務局</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="22"/>
        <source>drafter</source>
        <translation>起草担当</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="23"/>
        <source>reader</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="24"/>
        <source>database owner</source>
        <translation>データベース所有者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="25"/>
        <source>local file</source>
        <translation>ローカルファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="35"/>
        <source>You are logged in as {login}, a {role}: readers cannot change anything.</source>
        <translation>{login}（{role}）としてログインしています。閲覧者は何も変更できません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="38"/>
        <source>Only the secretariat may do this; you are logged in as {login}, a {role}.</source>
        <translation>この操作は事務局のみが行えます。現在 {login}（{role}）としてログインしています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="62"/>
        <source>The server refused this change: {login} is a {role} and may not make it. Nothing was saved.</source>
        <translation>サーバーがこの変更を拒否しました。{login} は{role}のため、この変更はできません。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/rights.py" line="68"/>
        <source>The connection to {server} was lost. Nothing was saved; try again.</source>
        <translation>{server} との接続が切れました。何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="26"/>
        <source>{login} is the owner of {server}. The owner is never used from the window: log in with your own login, made by `meetingdesk server add-user LOGIN --role ROLE`. Maintenance as the owner is done from the command line (`meetingdesk server …`).</source>
        <translation>{login} は {server} の所有者です。所有者のログインはウィンドウからは使いません。`meetingdesk server add-user LOGIN --role ROLE` で作成した自分のログインでログインしてください。所有者としての保守作業はコマンドライン(`meetingdesk server …`)で行います。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="32"/>
        <source>{server} is not set up for MeetingDesk: its owner runs `meetingdesk server init` first. Nothing was changed.</source>
        <translation>{server} は MeetingDesk 用に設定されていません。先に所有者が `meetingdesk server init` を実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="37"/>
        <source>The login {login} is in no MeetingDesk group on this server: the secretariat runs `meetingdesk server add-user {login} --role drafter` (or another role).</source>
        <translation>ログイン {login} はこのサーバーのどの MeetingDesk グループにも属していません。事務局が `meetingdesk server add-user {login} --role drafter`(または別の役割)を実行してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="42"/>
        <source>{server} was set up by a newer MeetingDesk (schema {schema}; this program knows {known} at most). Update MeetingDesk. Nothing was changed.</source>
        <translation>{server} は新しい版の MeetingDesk で設定されています(スキーマ {schema}。このプログラムが扱えるのは {known} まで)。MeetingDesk を更新してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="47"/>
        <source>{server} has the older schema {schema} (this program needs {known}): its owner runs `meetingdesk server init` to bring it up to date.</source>
        <translation>{server} のスキーマ {schema} は古い版です(このプログラムには {known} が必要)。所有者が `meetingdesk server init` を実行して更新してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="52"/>
        <source>The server {server} asks a password for {login}.</source>
        <translation>サーバー {server} が {login} のパスワードを求めています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="55"/>
        <source>The server {server} refused the password for {login}.</source>
        <translation>サーバー {server} は {login} のパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="58"/>
        <source>The server {server} has no login {login}.</source>
        <translation>サーバー {server} にログイン {login} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="59"/>
        <source>Cannot connect to {server}: {reason}</source>
        <translation>{server} に接続できません: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="63"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="66"/>
        <source>{path} is not a MeetingDesk database (it is not an SQLite file).</source>
        <translation>{path} は MeetingDesk のデータベースではありません(SQLite ファイルではありません)。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="69"/>
        <source>{path} is read-only: MeetingDesk needs to write to it.</source>
        <translation>{path} は読み取り専用です。MeetingDesk は書き込みが必要です。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="72"/>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダー {path} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="75"/>
        <source>{path} does not exist.</source>
        <translation>{path} はありません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="76"/>
        <source>{path} could not be checked: {reason}</source>
        <translation>{path} を検査できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="79"/>
        <source>{path} could not be opened: {reason}</source>
        <translation>{path} を開けませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="82"/>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="83"/>
        <source>This database belongs to another program (it has no MeetingDesk tables); nothing was changed.</source>
        <translation>このデータベースは別のプログラムのものです(MeetingDesk の表がありません)。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="88"/>
        <source>This database has MeetingDesk tables but no schema version; nothing was changed.</source>
        <translation>このデータベースには MeetingDesk の表がありますが、スキーマの版がありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/team/messages.py" line="92"/>
        <source>This database was written by a newer MeetingDesk (schema {schema}; this program knows {known} at most). Update MeetingDesk; the file is untouched.</source>
        <translation>このデータベースは新しい MeetingDesk で書かれています(スキーマ {schema}。このプログラムが扱えるのは {known} まで)。MeetingDesk を更新してください。ファイルには手を付けていません。</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../meetingdesk/ui/logistics/participant_dialog.py" line="46"/>
        <source>Known</source>
        <translation>日時を指定</translation>
    </message>
</context>
<context>
    <name>ViewBase</name>
    <message>
        <location filename="../../meetingdesk/ui/view_base.py" line="118"/>
        <source>This database has no meeting yet. Use File → New meeting… to create one.</source>
        <extracomment>the view shows fresh data (emitted after each load) loading failed; carries the one-line reason</extracomment>
        <translation>このデータベースにはまだ会合がありません。「ファイル → 新しい会合…」で作成してください。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/view_base.py" line="135"/>
        <source>Could not read this view: {reason}</source>
        <translation>この画面を読み込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="66"/>
        <source>Import proposals from Word</source>
        <extracomment>emitted with the number of proposals created a preview arrived (for tests and the busy cursor)</extracomment>
        <translation>Wordから提案を取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="68"/>
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="69"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="80"/>
        <source>From the Word authors</source>
        <translation>Wordの変更者から判断</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="87"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="88"/>
        <source>The file is revision</source>
        <translation>このファイルの版</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="89"/>
        <source>Changes by</source>
        <translation>変更した代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="93"/>
        <source>Word authors and their delegations</source>
        <translation>Wordの変更者と代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="94"/>
        <source>Word author</source>
        <translation>Wordの変更者</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="94"/>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="100"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="97"/>
        <source>Changes found in the Word file</source>
        <translation>Wordファイルで見つかった変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="101"/>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="102"/>
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="103"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="104"/>
        <source>Text</source>
        <translation>文言</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="105"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="111"/>
        <source>Changes that cannot be placed</source>
        <translation>反映できない変更</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="115"/>
        <source>Import proposals</source>
        <translation>提案を取り込む</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="124"/>
        <source>Who the Word authors are (remembered for this meeting)</source>
        <translation>Wordの変更者がどの代表団か（この会合で記憶されます）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="126"/>
        <source>Proposals found</source>
        <translation>見つかった提案</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="130"/>
        <source>Changes that cannot be placed (nothing is imported while there are any)</source>
        <translation>反映できない変更（ある間は何も取り込まれません）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="159"/>
        <source>Returned Word file</source>
        <translation>返送されたWordファイル</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="159"/>
        <source>Word files (*.docx);;All files (*)</source>
        <translation>Wordファイル (*.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="193"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="206"/>
        <source>The file cannot be imported as it is.</source>
        <translation>このファイルはこのままでは取り込めません。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="216"/>
        <source>— choose a delegation —</source>
        <translation>— 代表団を選択 —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="225"/>
        <source>(already proposed)</source>
        <translation>（提案済み）</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="226"/>
        <source>(already the text)</source>
        <translation>（既に本文どおり）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="244"/>
        <source>%n change(s) cannot be placed: see below.</source>
        <translation>
            <numerusform>反映できない変更が %n 件あります。下の一覧を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="248"/>
        <source>Nothing new: every change is already proposed or in the text.</source>
        <translation>新しいものはありません。すべての変更は提案済みか、既に本文に反映されています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/ui/drafting/word_import.py" line="251"/>
        <source>%n proposal(s) ready to import.</source>
        <translation>
            <numerusform>取り込める提案が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../meetingdesk/ui/view_writer.py" line="31"/>
        <source>Changed by someone else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/view_writer.py" line="32"/>
        <source>{reason}

Nothing was saved. The page now shows the current data.</source>
        <translation>{reason}

何も保存されていません。画面には現在のデータを表示しています。</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/ui/view_writer.py" line="40"/>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
</context>
</TS>
