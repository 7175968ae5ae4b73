"""Registration files as secretariats receive them, made by the tests themselves."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

INDICO_HEADER = (
    "ID",
    "Title",
    "First Name",
    "Last Name",
    "Email Address",
    "Affiliation",
    "Position",
    "Country",
    "Phone",
    "Registration date",
    "Registration state",
)
INDICO_ROWS = (
    (
        "101",
        "Ms",
        "Anne",
        "Martin",
        "anne.martin@example.fr",
        "Ministère de l'Économie",
        "Director",
        "France",
        "+33 1 00 00 00 00",
        "2016-03-01 10:12:00",
        "complete",
    ),
    (
        "102",
        "Mr",
        "Paul",
        "Durand",
        "paul.durand@example.org",
        "OECD",
        "Head of Division",
        "France",
        "",
        "2016-03-02 09:00:00",
        "complete",
    ),
    (
        "103",
        "Dr",
        "Hana",
        "Schmidt",
        "hana.schmidt@example.de",
        "BMWi",
        "State Secretary",
        "Germany",
        "",
        "2016-03-03 11:30:00",
        "complete",
    ),
    (
        "104",
        "Mr",
        "Luca",
        "Rossi",
        "luca.rossi@example.eu",
        "European Commission, DG CONNECT",
        "Adviser",
        "Belgium",
        "",
        "2016-03-04 08:00:00",
        "complete",
    ),
)
JA_HEADER = ("姓", "名", "ふりがな", "国", "所属", "役職", "メールアドレス", "到着日時", "出発日時")
JA_ROWS = (
    (
        "山田",
        "太郎",
        "やまだ　たろう",
        "日本",
        "総務省",
        "課長",
        "taro@example.jp",
        "2016/4/28 15:00",
        "2016/5/1 10:00",
    ),
    (
        "佐藤",
        "花子",
        "",
        "日本",
        "総務省",
        "係長",
        "hanako@example.jp",
        "2016年4月28日 18時30分",
        "2016年5月1日 9時00分",
    ),
)


def write_csv(path: Path, header, rows, encoding: str = "utf-8") -> Path:
    import csv
    import io

    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, header, rows) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot re-save the workbook")
    return exe


def resave_with_libreoffice(source: Path, fmt: str, tmp: Path) -> Path:
    """The file as LibreOffice writes it (`soffice --headless --convert-to FMT`)."""
    out = tmp / "resaved"
    out.mkdir(exist_ok=True)
    profile = tmp / "lo-profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out / (source.stem + "." + fmt.split(":")[0])
    assert result.exists(), f"LibreOffice did not write {result}"
    return result
