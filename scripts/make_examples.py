"""Write the example 名单 and announcements of data/examples/ (every format `laomo load` reads)
and the bad files of tests/data/bad/ (each one `laomo load` must refuse).

The people, units and honours are invented for the project (realistic Jiaozuo
units and honours, no real person's data).  Run from the repository root:

    .venv/bin/python scripts/make_examples.py

Needs openpyxl (XLSX), xlwt (XLS), odfpy through pandas (ODS), python-docx (DOCX)
and fpdf2 with the Noto CJK font of Debian's fonts-noto-cjk (PDF).  The tests in
tests/test_intake_examples.py say what each file must load as.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "examples"
FIXED = dt.datetime(2023, 4, 20, 9, 0, 0)
CJK_FONTS = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
)

# 2023年焦作市劳动模范: eleven rows, one naming two people, one a collective.
CITY_TITLE = "2023年焦作市劳动模范名单"
CITY_HEADER = ["序号", "姓名", "性别", "民族", "出生年月", "工作单位及职务", "备注"]
CITY_ROWS: list[list[object]] = [
    [1, "张伟", "男", "汉族", "1978.05", "焦煤集团九里山矿机电运转队队长", ""],
    [2, "李秀兰", "女", "回族", dt.date(1983, 11, 1), "焦作市第一人民医院护士长", ""],
    [3, "王建国、赵丽娟", "", "", "", "焦作市城市管理局环卫处环卫工", "夫妻环卫工"],
    [4, "刘洪涛", "男", "汉族", 1975.03, "中原内配集团股份有限公司高级技师", ""],
    [5, "陈静", "女", "汉族", "1988年7月", "焦作市实验中学教师", ""],
    [6, "杨振华", "男", "汉族", "196912", "焦煤集团演马庄矿综采队队长", ""],
    [7, "孙立新", "男", "满族", "1980.01", "焦煤集团古汉山矿机电科科长", ""],
    [8, "焦煤集团九里山矿综采一队", "", "", "", "焦煤集团九里山矿", "集体"],
    [9, "周海燕", "女", "汉族", "1986.04", "温县农业农村局农技站站长", ""],
    [10, "郭志刚", "男", "汉族", "1972.09", "修武县云台山景区管理局安全员", ""],
    [11, "马晓东", "男", "汉族", "1990.02", "焦作市公共交通有限公司驾驶员", ""],
]

# 第三届焦作工匠 (2021), an .xls with 届次 and 年度 columns.
CRAFT_TITLE = "焦作市总工会 第三届焦作工匠名单"
CRAFT_HEADER = ["序号", "姓名", "性别", "工作单位", "工种", "届次", "年度"]
CRAFT_ROWS: list[list[object]] = [
    [1, "张伟", "男", "焦煤集团九里山矿机电运转队", "维修电工", "第三届", 2021],
    [2, "黄志强", "男", "焦作市中站区龙翔精密机械厂", "数控车工", "第三届", 2021],
    [3, "吴晓燕", "女", "焦作市光源电力有限公司", "变电运维工", "第三届", 2021],
    [4, "徐海龙", "男", "焦作市东方金铅有限公司", "焊工", "第三届", 2021],
    [5, "韩雪梅", "女", "焦作市妇幼保健院", "护士", "第三届", 2021],
]

# 河南省五一劳动奖章 (2023), a GBK CSV with a 称号 and 授予单位 column.
PROVINCE_HEADER = ["姓名", "性别", "出生日期", "所在单位", "职务", "称号", "授予单位"]
PROVINCE_ROWS = [
    ["宋建军", "男", "1976-08", "焦作市中原内配集团股份有限公司", "车间主任", "河南省五一劳动奖章", "河南省总工会"],
    ["田慧敏", "女", "1985-03", "焦作市第二人民医院", "主任医师", "河南省五一劳动奖章", "河南省总工会"],
    ["冯国栋", "男", "1979-12", "焦煤集团九里山矿", "采煤队队长", "河南省五一劳动奖章", "河南省总工会"],
    ["李娜、高峰", "", "", "焦作市消防救援支队", "消防员", "河南省五一劳动奖章", "河南省总工会"],
    ["焦作市特种设备检验所检验一室", "", "", "焦作市特种设备检验所", "", "河南省工人先锋号", "河南省总工会"],
]

# 2022年修武县劳动模范, an ODS.
COUNTY_TITLE = "2022年修武县劳动模范名单"
COUNTY_HEADER = ["序号", "姓名", "性别", "出生年月", "单位", "岗位"]
COUNTY_ROWS = [
    [1, "曹振宇", "男", "1982.06", "修武县第一中学", "教师"],
    [2, "彭丽华", "女", "1979.10", "修武县人民医院", "护士长"],
    [3, "蒋卫东", "男", "1971.05", "修武县七贤镇农技站", "站长"],
]

# 焦作市人民政府的表彰决定 (DOCX): prose and a table with a 称号 column.
DECISION_TITLE = "焦作市人民政府关于表彰2023年焦作市劳动模范和先进工作者的决定"
DECISION_PROSE = [
    "各县（市）区人民政府，市人民政府各部门：",
    "近年来，全市广大职工立足岗位、奋发进取，涌现出一批先进模范人物。",
    "为表彰先进、树立典型，市人民政府决定，授予下列同志2023年焦作市劳动模范或先进工作者称号。",
    "希望受表彰的同志珍惜荣誉、再接再厉，在新的征程上再立新功。",
]
DECISION_HEADER = ["序号", "姓名", "工作单位及职务", "称号"]
DECISION_ROWS = [
    ["1", "张伟", "焦煤集团九里山矿机电运转队队长", "焦作市劳动模范"],
    ["2", "赵文博", "焦作市自来水有限责任公司技术员", "焦作市劳动模范"],
    ["3", "钱玉梅", "焦作市中医院护士长", "焦作市先进工作者"],
    ["4", "林海峰", "焦作市公安局交通警察支队一大队大队长", "焦作市先进工作者"],
]

# 焦作市总工会的命名决定 (PDF with a text layer).
NAMING_TITLE = "焦作市总工会关于命名2023年度焦作市五一劳动奖章获得者的决定"
NAMING_PROSE = [
    "各县（市）区总工会，各产业工会：",
    "经研究，市总工会决定命名下列同志为2023年度焦作市五一劳动奖章获得者。",
]
NAMING_HEADER = ["序号", "姓名", "性别", "工作单位", "职务"]
NAMING_ROWS = [
    ["1", "吕俊杰", "男", "焦作市热力有限公司", "班长"],
    ["2", "邵春燕", "女", "焦作市人民医院", "护士长"],
    ["3", "潘志远", "男", "焦煤集团九里山矿", "电工"],
]


def write_xlsx(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "劳动模范"
    ws.append([CITY_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(CITY_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(CITY_HEADER)
    for row in CITY_ROWS:
        ws.append(row)
    ws.cell(row=4, column=5).number_format = "yyyy.mm"
    ws.append([])
    ws.append(["合计", "11人、1个集体"])
    ws.append(["注：排名不分先后。"])
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)


def write_xls(path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("焦作工匠")
    ws.write_merge(0, 0, 0, len(CRAFT_HEADER) - 1, CRAFT_TITLE)
    for c, heading in enumerate(CRAFT_HEADER):
        ws.write(1, c, heading)
    for r, row in enumerate(CRAFT_ROWS, start=2):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    wb.save(str(path))


def write_csv_gbk(path: Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(PROVINCE_HEADER)
    writer.writerows(PROVINCE_ROWS)
    path.write_bytes(buf.getvalue().encode("gbk"))


def write_ods(path: Path) -> None:
    import pandas as pd

    frame = pd.DataFrame([[COUNTY_TITLE, *[""] * 5], COUNTY_HEADER, *COUNTY_ROWS])
    frame.to_excel(path, engine="odf", sheet_name="修武县", header=False, index=False)


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = DECISION_TITLE
    document.core_properties.created = document.core_properties.modified = FIXED
    document.add_heading(DECISION_TITLE, level=1)
    document.add_paragraph("焦政〔2023〕12号")
    for text in DECISION_PROSE:
        document.add_paragraph(text)
    document.add_paragraph("2023年焦作市劳动模范和先进工作者名单")
    table = document.add_table(rows=1, cols=len(DECISION_HEADER))
    for cell, heading in zip(table.rows[0].cells, DECISION_HEADER, strict=True):
        cell.text = heading
    for row in DECISION_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_paragraph("焦作市人民政府")
    document.add_paragraph("2023年4月20日")
    document.save(str(path))


def cjk_font() -> Path:
    for font in CJK_FONTS:
        if font.exists():
            return font
    raise SystemExit("fonts-noto-cjk is not installed (apt-get install fonts-noto-cjk)")


def write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.set_title(NAMING_TITLE)
    pdf.add_page()
    pdf.add_font("noto", fname=str(cjk_font()), collection_font_number=2)  # 2: Simplified Chinese
    pdf.set_font("noto", size=12)
    pdf.multi_cell(w=0, h=8, text=NAMING_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=10.5)
    pdf.ln(2)
    for text in NAMING_PROSE:
        pdf.multi_cell(w=0, h=7, text=text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (18, 26, 18, 70, 40)
    for row in [NAMING_HEADER, *NAMING_ROWS]:
        for value, width in zip(row, widths, strict=True):
            pdf.cell(w=width, h=8, text=value, border=1)
        pdf.ln(8)
    pdf.ln(4)
    pdf.multi_cell(w=0, h=7, text="焦作市总工会", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(w=0, h=7, text="2023年4月20日", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


BAD = Path(__file__).resolve().parents[1] / "tests" / "data" / "bad"
GOOD_HEADER: list[object] = ["序号", "姓名", "性别", "出生年月", "工作单位", "荣誉称号", "年度"]


def _csv(rows: list[list[object]], encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def write_bad(out: Path) -> None:
    """The files tests/test_intake_bad.py feeds `laomo load`: each must be refused with exit code 2."""
    import zipfile

    import openpyxl

    out.mkdir(parents=True, exist_ok=True)
    good = io.BytesIO()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(GOOD_HEADER)
    ws.append([1, "张伟", "男", "1978.05", "焦煤集团九里山矿", "焦作市劳动模范", 2023])
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(good)
    data = good.getvalue()
    (out / "截断的名单.xlsx").write_bytes(data[: len(data) // 2])

    renamed = io.BytesIO()
    with zipfile.ZipFile(renamed, "w") as zf:
        zf.writestr("说明.txt", "这是一个压缩包，不是电子表格。")
    (out / "压缩包改名.xlsx").write_bytes(renamed.getvalue())

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "先进名单"
    ws.append(["序号", "工作单位", "荣誉称号", "年度"])
    ws.append([1, "焦煤集团九里山矿", "焦作市劳动模范", 2023])
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(out / "没有姓名列.xlsx")

    (out / "年度20221.csv").write_bytes(
        _csv([GOOD_HEADER, [1, "张伟", "男", "1978.05", "焦煤集团九里山矿", "焦作市劳动模范", 2023],
              [2, "李秀兰", "女", "1983.11", "焦作市第一人民医院", "焦作市劳动模范", 20221]])
    )  # fmt: skip
    (out / "生于1899年.csv").write_bytes(
        _csv([GOOD_HEADER, [1, "王建国", "男", "1899.05", "焦作市城市管理局环卫处", "焦作市劳动模范", 2023]])
    )
    (out / "重复的行.csv").write_bytes(
        _csv([GOOD_HEADER, [1, "张伟", "男", "1978.05", "焦煤集团九里山矿", "焦作市劳动模范", 2023],
              [2, "李秀兰", "女", "1983.11", "焦作市第一人民医院", "焦作市劳动模范", 2023],
              [3, "张伟", "男", "1978.05", "焦煤集团九里山矿", "焦作市劳动模范", 2023]])
    )  # fmt: skip
    (out / "空文件.csv").write_bytes(b"")
    # GBK bytes behind a UTF-8 byte-order mark: the label contradicts the bytes, so the file is refused
    (out / "GBK却标为UTF8.csv").write_bytes(
        b"\xef\xbb\xbf"
        + _csv([GOOD_HEADER, [1, "张伟", "男", "1978.05", "焦煤集团九里山矿", "焦作市劳动模范", 2023]], "gbk")
    )
    (out / "公式单元格.csv").write_bytes(
        _csv([GOOD_HEADER, [1, "张伟", "男", "1978.05", '=HYPERLINK("http://x.invalid")', "焦作市劳动模范", 2023],
              [2, "李秀兰", "女", "1983.11", "@SUM(A1:A9)", "焦作市劳动模范", 2023]])
    )  # fmt: skip
    (out / "只有脚本的网页.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>焦作市总工会</title>"
        "<script>var list=['张伟','李秀兰'];"
        "document.write('<p>2023年焦作市劳动模范：'+list.join('、')+'</p>');</script>"
        "<style>p{color:red}</style></head><body><script>fetch('http://example.invalid/track')</script></body></html>",
        encoding="utf-8",
    )
    write_scanned_pdf(out / "扫描件.pdf")
    write_entity_docx(out / "外部实体.docx")
    (out / "旧版文档.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # UTF-8 text that was read as GBK once and saved again as UTF-8
    text = "2023年焦作市劳动模范名单：张伟，焦煤集团九里山矿机电运转队队长。"
    while True:  # the longest head whose UTF-8 bytes are also valid GBK: mojibake without a replacement mark
        try:
            mojibake = text.encode().decode("gbk")
            break
        except UnicodeDecodeError:
            text = text[:-1]
    (out / "乱码.txt").write_text(mojibake, encoding="utf-8")


def write_scanned_pdf(path: Path) -> None:
    """A PDF of images only (drawn shapes stand in for a scan): no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    for i in range(12):
        pdf.rect(20, 30 + i * 12, 170, 6, style="F")
    pdf.output(str(path))


def write_entity_docx(path: Path) -> None:
    """A DOCX whose document part declares external entities (a file and an address)."""
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("张伟，焦煤集团九里山矿机电运转队队长。")
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, rest = body.split(b"?>", 1)
                body = (
                    head + b"?>\n<!DOCTYPE w:document [\n"
                    b'  <!ENTITY secret SYSTEM "file:///etc/passwd">\n'
                    b'  <!ENTITY remote SYSTEM "http://127.0.0.1:9/laomo-xxe">\n]>'
                    + rest.replace("张伟，".encode(), b"&secret;&remote;")
                )
            dst.writestr(info, body)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_xlsx(OUT / "2023年焦作市劳动模范名单.xlsx")
    write_xls(OUT / "第三届焦作工匠名单.xls")
    write_csv_gbk(OUT / "2023年河南省五一劳动奖章焦作市获奖名单.csv")
    write_ods(OUT / "2022年修武县劳动模范名单.ods")
    write_docx(OUT / "焦作市人民政府表彰决定.docx")
    write_pdf(OUT / "焦作市总工会命名决定.pdf")
    write_bad(BAD)
    for f in [*sorted(OUT.iterdir()), *sorted(BAD.iterdir())]:
        print(f"{f.parent.name}/{f.name}  {f.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
