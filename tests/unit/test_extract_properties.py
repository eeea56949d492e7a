"""Whatever the text, extraction finishes, and every fact's evidence quotes the text it read."""

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import RawReport
from services.extractor.engine.extract import extract
from services.extractor.engine.normalize import normalize

PIECES = [
    "tăng ",
    "giảm ",
    "up ",
    "down ",
    "वृद्धि ",
    "%",
    " phần trăm",
    "tỷ đồng",
    " million USD",
    " करोड़ रुपये",
    "xuất khẩu ",
    "exports ",
    "निर्यात ",
    "tháng ",
    "quý I/",
    "first half of ",
    "पहले छह महीनों ",
    "2024",
    "3.300,63",
    "1,23,456",
    "14,45",
    "12.5",
    ", ",
    ". ",
    "; ",
    "(",
    ")",
    "\n",
    "so với cùng kỳ",
    "year on year",
    "hoàn thành 2/3 nhiệm vụ",
    "completed 3 of 4 tasks",
    "phấn đấu ",
    "target of ",
    "lần lượt",
    "respectively",
    "साढ़े ",
    "सवा ",
    "डेढ़ ",
    " rưỡi",
    " lakh",
    "5-6%",
    " to ",
    " से अधिक ",
    ": ",
    "mục tiêu năm",
    "vis-a-vis ",
    "as compared to ",
    "(35,1%)",
    " kWh",
    "a year ago",
    "FY24",
    "9M2024",
    "&nbsp;",
    "economy is expected to grow ",
    " की वृद्धि दर ",
    "bình quân ",
    " as ",
    "; trong đó ",
    ", including ",
    "còn hiệu lực ",
    "higher than the estimate",
    "the September quarter ",
    "quarter ended June 30",
    "सितंबर तिमाही ",
    "of the current fiscal",
    "Q1 FY26 ",
    " billion units ",
    "so với mức tăng ",
    "tính từ đầu năm đến nay ",
    "CPI ",
    "Tháng 9 và 9 tháng, ",
    "lần lượt ",
    # Shapes of later rules: goals in brackets and past a semicolon, amounts compared with
    # before "की तुलना में", counts met after their verb, forecasts, trailing spans.
    "(kế hoạch 7%)",
    "exceeding the plan (8%)",
    "đặt mục tiêu ",
    "2025 के 70.2 लाख की तुलना में ",
    "Of the 24 targets, the province met ",
    "had forecast ",
    "the past 8 months ",
    "Hết tháng 10, ",
    "पिछले वित्त वर्ष ",
    "April-June quarter of FY27 ",
    "98% of the pre-pandemic level",
    "संख्या में ",
    " with 4.5 million tourist arrivals",
    "22-23 million ",
    " but higher than ",
    " nhưng cao hơn ",
    "full-year ",
    "पूरे वर्ष ",
    "Of the total, ",
    "Tám tháng, ",
    "including new projects, ",
    "in June last year",
    "2 प्रतिशत घट-बढ़ के साथ ",
    " by June 2027",
    "kịch bản ",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts, title=st.one_of(st.just(""), texts), lang=st.sampled_from([None, "vi", "en", "hi", "fr"]))
def test_extraction_never_fails_and_quotes_its_evidence(body: str, title: str, lang: str | None) -> None:
    report = RawReport(
        id="p", body=body, title=title, language=lang, published_at=datetime(2024, 7, 1, tzinfo=UTC)
    )
    out = extract(report)
    text = f"{normalize(title.strip())}\n{normalize(body)}" if title.strip() else normalize(body)
    for f in out.facts:
        ev = f.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert 0.0 <= ev.confidence <= 1.0
