<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行動計画</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新しい会合(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a meeting in this database</source>
        <translation>このデータベースに会合を作成します</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another database file or a team server</source>
        <translation>別のデータベースファイルまたはチームサーバーを開きます</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of this database to a file</source>
        <translation>このデータベースの複製をファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MeetingDesk</source>
        <translation>MeetingDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>議題数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Item (Japanese)</source>
        <translation>議題(日本語)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議事日程</translation>
    </message>
    <message>
        <source>Times are shown in the meeting's time zone: {zone} ({offset}).</source>
        <translation>時刻は会合のタイムゾーンで表示しています: {zone} ({offset})。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Demo meeting not loaded</source>
        <translation>デモ会合を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <source>Order</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名前(日本語)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Position (Japanese)</source>
        <translation>役職(日本語)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Name</source>
        <extracomment>the user asks to open a document for drafting (double-click; carries its id)</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>改訂版</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Open brackets</source>
        <translation>未解決の角括弧</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>(ad ref: {codes})</source>
        <translation>(アド・レフ: {codes})</translation>
    </message>
    <message>
        <source>Japanese outdated</source>
        <translation>日本語訳が古い</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member</source>
        <comment>delegation kind</comment>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待国</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>国際機関</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>次席代表</translation>
    </message>
    <message>
        <source>Sherpa</source>
        <translation>シェルパ</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>participant role</comment>
        <translation>随員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>事務スタッフ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>憲章</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附属文書</translation>
    </message>
    <message>
        <source>Chair's summary</source>
        <translation>議長総括</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Under negotiation</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採択済み</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <source>Sub-heading</source>
        <translation>小見出し</translation>
    </message>
    <message>
        <source>Preambular</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>角括弧あり</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>アド・レフで合意</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>全体会合</translation>
    </message>
    <message>
        <source>Working session</source>
        <translation>ワーキング・セッション</translation>
    </message>
    <message>
        <source>Working lunch</source>
        <translation>ワーキング・ランチ</translation>
    </message>
    <message>
        <source>Working dinner</source>
        <translation>ワーキング・ディナー</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>二国間会談</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>記者会見</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}~{end}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in the agenda, as a Qt date format (ddd = weekday)</comment>
        <translation>M月d日(ddd)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MeetingDesk</source>
        <extracomment>the window is shown and its first view holds data (used by --smoke and tests) another database is in use (carries its label) opening a database failed; the old one stays (carries the reason) a backup was written (carries the path)</extracomment>
        <translation>MeetingDesk</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会合:</translation>
    </message>
    <message>
        <source>{title} ({start})</source>
        <translation>{title}({start})</translation>
    </message>
    <message>
        <source>(no meeting yet)</source>
        <translation>(会合がまだありません)</translation>
    </message>
    <message>
        <source>Meeting created: {title}</source>
        <translation>会合を作成しました: {title}</translation>
    </message>
    <message>
        <source>Opening {url}…</source>
        <translation>{url} を開いています…</translation>
    </message>
    <message>
        <source>Opened {label}</source>
        <translation>{label} を開きました</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>{reason}

MeetingDesk keeps using {label}.</source>
        <translation>{reason}

MeetingDesk は引き続き {label} を使用します。</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation>データベース: {label}</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>ユーザー: {login}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを書き出しています…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>バックアップを書き出しました: {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>About MeetingDesk</source>
        <translation>MeetingDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MeetingDesk {version}&lt;/h3&gt;&lt;p&gt;The host secretariat's desk for a ministerial meeting: agenda, delegations, negotiated texts in English and Japanese.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;User: {user}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MeetingDesk {version}&lt;/h3&gt;&lt;p&gt;閣僚会合の議長国事務局のための業務ツール: 議事日程、代表団、英語と日本語で交渉する文書。&lt;/p&gt;&lt;p&gt;データベース: {database}&lt;br&gt;ユーザー: {user}&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新しい会合</translation>
    </message>
    <message>
        <source>e.g. ict2016</source>
        <translation>例: ict2016</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>都市(英語)</translation>
    </message>
    <message>
        <source>City (Japanese)</source>
        <translation>都市(日本語)</translation>
    </message>
    <message>
        <source>Venue (English)</source>
        <translation>会場(英語)</translation>
    </message>
    <message>
        <source>Venue (Japanese)</source>
        <translation>会場(日本語)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite)</source>
        <translation>このコンピューター上のデータベースファイル(SQLite)</translation>
    </message>
    <message>
        <source>A team server (PostgreSQL)</source>
        <translation>チームサーバー(PostgreSQL)</translation>
    </message>
    <message>
        <source>Path of a .sqlite file (a new file is created)</source>
        <translation>.sqlite ファイルのパス(無ければ新規作成)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>The password is not stored: give it in the URL each time, or in the PGPASSWORD variable or a .pgpass file.</source>
        <translation>パスワードは保存されません。毎回 URL に含めるか、PGPASSWORD 変数または .pgpass ファイルで指定してください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Choose a MeetingDesk database</source>
        <translation>MeetingDesk データベースを選択</translation>
    </message>
    <message>
        <source>MeetingDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>MeetingDesk データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Give a file path or a server URL.</source>
        <translation>ファイルのパスまたはサーバーの URL を入力してください。</translation>
    </message>
    <message>
        <source>A server URL starts with postgresql+psycopg://</source>
        <translation>サーバーの URL は postgresql+psycopg:// で始まります</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Meeting</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称(英語)</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称(日本語)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>開催地</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>In this meeting</source>
        <translation>この会合の規模</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Open brackets</source>
        <translation>未解決の角括弧</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近の操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>{span} (time zone {zone}, {offset})</source>
        <translation>{span}(タイムゾーン {zone}、{offset})</translation>
    </message>
    <message>
        <source>{members} members, {organisations} organisations</source>
        <translation>メンバー {members}、国際機関 {organisations}</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} 件中 {shown} 件</translation>
    </message>
</context>
<context>
    <name>ViewBase</name>
    <message>
        <source>This database has no meeting yet. Use File → New meeting… to create one.</source>
        <extracomment>the view shows fresh data (emitted after each load) loading failed; carries the one-line reason</extracomment>
        <translation>このデータベースにはまだ会合がありません。「ファイル → 新しい会合…」で作成してください。</translation>
    </message>
    <message>
        <source>Could not read this view: {reason}</source>
        <translation>この画面を読み込めませんでした: {reason}</translation>
    </message>
</context>
</TS>
