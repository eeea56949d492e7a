"""A mark held period after period is a bound, not a level; outside a streak a bound stays."""

from __future__ import annotations

from services.extractor.engine import lexicon
from services.extractor.engine.figures import Group
from services.extractor.engine.streaks import drop_held_marks
from services.extractor.engine.tokens import Token


def _group(text: str, amount: str, value: float) -> Group:
    start = text.index(amount)
    g = Group("budget_revenue")
    g.value, g.unit = value, "INR"
    g.tokens.append(Token("val", start, start + len(amount), amount, {"value": value, "unit": "INR"}))
    return g


def test_a_bound_in_a_streak_loses_its_value() -> None:
    text = "Collections were above Rs 1.5 lakh crore for the ninth straight month."
    g = _group(text, "1.5 lakh crore", 1.5e12)
    drop_held_marks([g], text, text, lexicon.load("en"))
    assert (g.value, g.unit, g.tokens) == (None, None, [])


def test_a_bound_said_after_the_amount_in_a_streak() -> None:
    text = "लगातार पांचवें महीने जीएसटी कलेक्शन 1.40 लाख करोड़ रुपये के ऊपर रहा।"
    g = _group(text, "1.40 लाख करोड़ रुपये", 1.4e12)
    drop_held_marks([g], text, text, lexicon.load("hi"))
    assert g.value is None


def test_a_bound_outside_a_streak_stays() -> None:
    text = "Collections rose to over Rs 1.5 lakh crore in July."
    g = _group(text, "1.5 lakh crore", 1.5e12)
    drop_held_marks([g], text, text, lexicon.load("en"))
    assert g.value == 1.5e12


def test_an_amount_said_plainly_in_a_streak_stays() -> None:
    text = "Kim ngạch xuất khẩu tăng tháng thứ năm liên tiếp, đạt 4,2 tỷ USD."
    g = _group(text, "4,2 tỷ USD", 4.2e9)
    drop_held_marks([g], text, text, lexicon.load("vi"))
    assert g.value == 4.2e9
