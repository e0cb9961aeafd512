"""The words that open an enumeration of an honour's holders, for every reader of such lists.

News reports of a selection name the honour in the lead and then list its holders after a colon:
他们是：/分别是： (which each reader already knows) and the forms below, which several readers
(names, entries, rolls, awards) must all recognise alike, so they are written once here.
"""

from __future__ import annotations

import re

# 荣获本届“X”称号的是（按姓氏笔划排序）：, 10位“X”当选者是：, 这10位杰出青年是：, 获此殊荣的15名青年是：
# (re.VERBOSE)
HOLDERS_OPEN = r"""
    (?:
        (?:称号|奖章|奖)的(?:是|有)                          # 荣获…称号的是
      | (?:获此|获得此项?|荣获此项?)(?:奖项?|殊荣|荣誉|称号)的还有  # 获此奖的还有, 获得此项荣誉的还有
      | (?:当选者|获奖者|获得者|获选者|入选者)(?:分别)?[是为]  # 10位“X”当选者是
      | [这的]\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:位|名|人)  # 这10位杰出青年是, 获此殊荣的15名青年是
        [^，,。；;：:、“”]{0,12}?(?:分别)?[是为]
    )
    (?:\s*[（(][^（）()]{0,16}[）)])?\s*[：:]                    # (按姓氏笔划排序):
"""
HOLDERS_OPEN_RE = re.compile(HOLDERS_OPEN, re.VERBOSE)
