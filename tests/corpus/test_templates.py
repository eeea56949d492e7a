"""Generated reports: sentence templates of each language, filled with indicator names, periods
and seeded random figures, must read as meant (every fact the template states, and no other
indicator fact). The spec corpus pins one sentence per rule; these vary the names, the numbers
and the order of what a sentence says, the way real reports do."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from schemas import RawReport
from services.extractor.contract import scored_view
from services.extractor.engine.extract import extract

PUBLISHED = datetime(2026, 10, 15, tzinfo=UTC)
Fact = tuple[str, str, float | None, float | None]  # indicator, period, value, growth
Case = tuple[str, list[Fact]]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
HI_MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर"]


# The names the templates give each indicator, per language.
NAMES: dict[str, dict[str, str]] = {
    "en": {
        "exports": "exports",
        "imports": "imports",
        "fdi": "registered FDI",
        "budget_revenue": "state budget revenue",
        "retail_sales": "retail sales of goods and services",
    },
    "vi": {
        "exports": "kim ngạch xuất khẩu",
        "imports": "kim ngạch nhập khẩu",
        "fdi": "vốn FDI đăng ký",
        "budget_revenue": "thu ngân sách nhà nước",
        "retail_sales": "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
    },
    "hi": {
        "exports": "निर्यात कारोबार",
        "imports": "आयात",
        "retail_sales": "वस्तुओं और सेवाओं की कुल खुदरा बिक्री",
        "budget_revenue": "राज्य बजट राजस्व",
        "fdi": "प्रत्यक्ष विदेशी निवेश",
    },
}


def _vi(x: float) -> str:
    return str(x).replace(".", ",")


def _en_change(rng: random.Random) -> list[Case]:
    names = NAMES["en"]
    periods = [
        ("in the first nine months of 2026", "2026-01/2026-09"),
        ("in September", "2026-09/2026-09"),
        ("in the third quarter", "2026-07/2026-09"),
        ("in the first half of 2026", "2026-01/2026-06"),
    ]
    out: list[Case] = []
    for ind, name in names.items():
        for said, period in periods:
            v, g = round(rng.uniform(1.1, 98.9), 1), round(rng.uniform(1.1, 19.9), 1)
            unit = "billion USD" if ind in ("exports", "imports", "fdi") else "trillion VND"
            scale = 1e9 if unit == "billion USD" else 1e12
            cap = said[0].upper() + said[1:]
            out += [
                (f"{cap}, {name} reached {v} {unit}, up {g}% year on year.", [(ind, period, v * scale, g)]),
                (
                    f"{name[0].upper() + name[1:]} rose {g}% to {v} {unit} {said}.",
                    [(ind, period, v * scale, g)],
                ),
                (
                    f"{name[0].upper() + name[1:]} {said} stood at {v} {unit}, a year-on-year decrease of {g}%.",
                    [(ind, period, v * scale, -g)],
                ),
            ]
    return out


def _en_lists(rng: random.Random) -> list[Case]:
    out: list[Case] = []
    for said, period in [("In the third quarter", "2026-07/2026-09"), ("In September", "2026-09/2026-09")]:
        for a, b in [("exports", "imports"), ("exports", "registered FDI"), ("imports", "FDI inflows")]:
            va, vb = round(rng.uniform(1.1, 98.9), 1), round(rng.uniform(1.1, 98.9), 1)
            ga, gb = round(rng.uniform(1.1, 19.9), 1), round(rng.uniform(1.1, 19.9), 1)
            ia, ib = ("fdi" if "FDI" in x else x for x in (a, b))
            out.append(
                (
                    f"{said}, {a} and {b} reached {va} billion USD and {vb} billion USD, up {ga}% and {gb}% respectively.",
                    [(ia, period, va * 1e9, ga), (ib, period, vb * 1e9, gb)],
                )
            )
    return out


class _Month:
    """One month's figures for a comparison template: two rates (c, d), an amount v up g%
    from w a year before; the month m (0-based), the month before it and the year-ago month."""

    def __init__(self, rng: random.Random, m: int) -> None:
        self.c, self.d = round(rng.uniform(1.1, 6.0), 2), round(rng.uniform(1.1, 6.0), 2)
        self.v, self.g = round(rng.uniform(30, 45), 1), round(rng.uniform(1.1, 19.9), 1)
        self.w = round(self.v / (1 + self.g / 100), 1)
        self.month = f"2026-{m + 1:02d}/2026-{m + 1:02d}"
        self.before = f"2026-{m:02d}/2026-{m:02d}"
        self.year_ago = f"2025-{m + 1:02d}/2025-{m + 1:02d}"


def _en_comparisons(rng: random.Random) -> list[Case]:
    out: list[Case] = []
    for m in range(3, 9):
        x = _Month(rng, m)
        out += [
            (
                f"Consumer prices rose {x.c}% year on year in {EN_MONTHS[m]}, slower than the {x.d}% rise in {EN_MONTHS[m - 1]}.",
                [("cpi", x.month, None, x.c), ("cpi", x.before, None, x.d)],
            ),
            (
                f"Exports in {EN_MONTHS[m]} reached ${x.v} billion, up {x.g}% from ${x.w} billion a year earlier.",
                [
                    ("exports", x.month, x.v * 1e9, x.g),
                    ("exports", x.year_ago, x.w * 1e9, None),
                ],
            ),
        ]
    return out


def _vi_change(rng: random.Random) -> list[Case]:
    names = NAMES["vi"]
    periods = [
        ("9 tháng năm 2026", "2026-01/2026-09"),
        ("tháng 9", "2026-09/2026-09"),
        ("quý III", "2026-07/2026-09"),
    ]
    out: list[Case] = []
    for ind, name in names.items():
        for said, period in periods:
            v, g, plan = (
                round(rng.uniform(1.1, 98.9), 1),
                round(rng.uniform(1.1, 19.9), 1),
                rng.randint(30, 95),
            )
            unit, scale = ("tỷ USD", 1e9) if ind in ("exports", "imports", "fdi") else ("nghìn tỷ đồng", 1e12)
            cap = said[0].upper() + said[1:]
            out += [
                (
                    f"{cap}, {name} ước đạt {_vi(v)} {unit}, tăng {_vi(g)}% so với cùng kỳ năm trước, đạt {plan}% kế hoạch năm.",
                    [(ind, period, v * scale, g)],
                ),
                (
                    f"Tính chung {said}, {name} đạt {_vi(v)} {unit}, giảm {_vi(g)}%.",
                    [(ind, period, v * scale, -g)],
                ),
                (
                    f"{cap}, {name} ước đạt {_vi(v)} {unit}, bằng {_vi(round(100 + g, 1))}% so với cùng kỳ năm trước.",
                    [(ind, period, v * scale, g)],
                ),
            ]
    return out


def _vi_comparisons(rng: random.Random) -> list[Case]:
    out: list[Case] = []
    for m in range(3, 9):
        x = _Month(rng, m)
        out += [
            (
                f"CPI tháng {m + 1} tăng {_vi(x.c)}% so với cùng kỳ năm trước, thấp hơn mức tăng {_vi(x.d)}% của tháng {m}.",
                [("cpi", x.month, None, x.c), ("cpi", x.before, None, x.d)],
            ),
            (
                f"Kim ngạch xuất khẩu tháng {m + 1} đạt {_vi(x.v)} tỷ USD, tăng {_vi(x.g)}% so với cùng kỳ năm trước "
                f"(tháng {m + 1}/2025 đạt {_vi(x.w)} tỷ USD).",
                [
                    ("exports", x.month, x.v * 1e9, x.g),
                    ("exports", x.year_ago, x.w * 1e9, None),
                ],
            ),
        ]
    return out


def _hi_news(rng: random.Random) -> list[Case]:
    out: list[Case] = []
    for m in range(3, 9):
        g = round(rng.uniform(1.1, 19.9), 1)
        a = round(rng.uniform(1.1, 2.4), 2)
        b = round(a / (1 + g / 100), 2)
        c, d = round(rng.uniform(1.1, 6.0), 2), round(rng.uniform(1.1, 6.0), 2)
        k, lk = rng.randint(11, 19), rng.randint(10, 99)
        mon = HI_MONTHS[m]
        month, before = f"2026-{m + 1:02d}/2026-{m + 1:02d}", f"2026-{m:02d}/2026-{m:02d}"
        out += [
            (
                f"{mon} में जीएसटी संग्रह {g} प्रतिशत बढ़कर {a} लाख करोड़ रुपये रहा। पिछले साल {mon} में यह {b} लाख करोड़ रुपये था।",
                [
                    ("budget_revenue", month, a * 1e12, g),
                    ("budget_revenue", f"2025-{m + 1:02d}/2025-{m + 1:02d}", b * 1e12, None),
                ],
            ),
            (
                f"{mon} में खुदरा महंगाई दर {c} प्रतिशत रही, जो पिछले महीने {d} प्रतिशत थी।",
                [("cpi", month, None, c), ("cpi", before, None, d)],
            ),
            (
                f"{mon} में {k} लाख {lk} हजार विदेशी पर्यटक भारत आए, जो पिछले साल की समान अवधि की तुलना में {g} प्रतिशत अधिक है।",
                [("tourist_arrivals", month, k * 1e5 + lk * 1e3, g)],
            ),
        ]
    return out


def _hi_translated(rng: random.Random) -> list[Case]:
    names = NAMES["hi"]
    out: list[Case] = []
    for ind, name in names.items():
        for said, period in [
            ("2026 के पहले छह महीनों में", "2026-01/2026-06"),
            ("तीसरी तिमाही में", "2026-07/2026-09"),
        ]:
            g = round(rng.uniform(1.1, 19.9), 2)
            v = rng.randint(12, 980)
            amount, value = (
                (f"{v} मिलियन USD", v * 1e6)
                if ind in ("exports", "imports", "fdi")
                else (f"{v:,} बिलियन VND", v * 1e9)
            )
            out += [
                (f"{said}, {name} {amount}, {g}% की वृद्धि का अनुमान है।", [(ind, period, value, g)]),
                (
                    f"{said}, {name} {amount} होने का अनुमान है, जो इसी अवधि की तुलना में {g}% अधिक है।",
                    [(ind, period, value, g)],
                ),
            ]
    return out


FAMILIES: dict[str, tuple[str, Callable[[random.Random], list[Case]]]] = {
    "en-change": ("en", _en_change),
    "en-lists": ("en", _en_lists),
    "en-comparisons": ("en", _en_comparisons),
    "vi-change": ("vi", _vi_change),
    "vi-comparisons": ("vi", _vi_comparisons),
    "hi-news": ("hi", _hi_news),
    "hi-translated": ("hi", _hi_translated),
}


def _found(facts: list[dict[str, Any]], want: Fact) -> bool:
    indicator, period, value, growth = want
    return any(
        f["indicator"] == indicator
        and f["period"] == period
        and (value is None or (f["value"] is not None and abs(f["value"] - value) <= 0.005 * value))
        and (growth is None or (f["growth_pct"] is not None and abs(f["growth_pct"] - growth) < 0.01))
        for f in facts
    )


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_generated_reports_read_as_meant(family: str) -> None:
    lang, make = FAMILIES[family]
    cases = make(random.Random(family))
    assert cases
    wrong = []
    for text, want in cases:
        report = RawReport(id="generated", body=text, language=lang, published_at=PUBLISHED)
        facts = scored_view(extract(report))["indicators"]
        missed = [w for w in want if not _found(facts, w)]
        if missed or len(facts) != len(want):
            wrong.append(f"{text}\n  wanted {want}\n  found {facts}")
    assert not wrong, f"{len(wrong)} of {len(cases)} misread:\n" + "\n".join(wrong[:5])
