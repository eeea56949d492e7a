import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.extractor.engine.numbers import document_convention, parse_number


@pytest.mark.parametrize(
    ("text", "sep", "expected"),
    [
        ("3.300,63", ".", 3300.63),  # Vietnamese: dot groups, comma decimal
        ("3,300.63", ",", 3300.63),  # English
        ("3.300,63", ",", 3300.63),  # unambiguous whatever the document says
        ("1,23,456", ",", 123456.0),  # Indian grouping
        ("12,34,56,789", ",", 123456789.0),
        ("1.234.567", ".", 1234567.0),
        ("3.3", ".", 3.3),  # one decimal digit is a decimal whatever the convention
        ("14,45", ".", 14.45),
        ("11.090", ".", 11090.0),  # a lone separator + three digits follows the document
        ("11.090", ",", 11.09),
        ("3,066", ",", 3066.0),
        ("1,969", ".", 1.969),
        ("0.500", ".", 0.5),  # a leading zero is never grouped
        ("42", ",", 42.0),
    ],
)
def test_parse_number(text: str, sep: str, expected: float) -> None:
    assert parse_number(text, sep) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["1.2.3,4,5", "12.34.567", "1,2345,678"])
def test_shapes_no_convention_explains_are_refused(text: str) -> None:
    assert parse_number(text, ".") is None


def test_document_convention_from_unambiguous_numbers() -> None:
    assert document_convention("đạt 3.300,63 tỷ đồng, tăng 14,45%", ",") == "."
    assert document_convention("reached 3,300.63 billion, up 14.45%", ".") == ","
    assert document_convention("no numbers here", ".") == "."


@given(st.integers(min_value=1000, max_value=10**12))
def test_grouped_integers_round_trip(n: int) -> None:
    western = f"{n:,}"
    assert parse_number(western, ",") == n
    assert parse_number(western.replace(",", "."), ".") == n


def test_digits_float_cannot_read_are_no_number() -> None:
    # The regex module's Unicode tables know newer digit scripts than float() does.
    assert parse_number("\U00016130") is None


@pytest.mark.parametrize("text", ["9" * 400, "9" * 19, "1,000,000,000,000,000,000"])
def test_a_run_of_digits_no_figure_is_written_as_is_no_number(text: str) -> None:
    # (Four hundred nines are inf as a float: a half-read amount, "value": null with a unit.)
    assert parse_number(text, ",") is None


def test_seventeen_digits_are_still_a_number() -> None:
    assert parse_number("9" * 17, ",") == pytest.approx(1e17)
