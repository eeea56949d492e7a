"""The indicator identifiers of the extraction contract (../shared/contract/extraction.md)
and what each is measured in. Every stage and every lexicon uses these ids."""

from __future__ import annotations

from typing import Literal

Measure = Literal["money", "count", "rate", "physical"]

INDICATORS: dict[str, Measure] = {
    "industrial_production": "money",  # an index or a value
    "retail_sales": "money",
    "exports": "money",
    "imports": "money",
    "trade_balance": "money",  # signed: a deficit is negative
    "budget_revenue": "money",
    "public_investment_disbursement": "money",
    "fdi": "money",
    "grdp": "money",  # usually a growth rate; a value is money
    "cpi": "rate",
    "tourist_arrivals": "count",
    "tourism_revenue": "money",
    "new_enterprises": "count",
    "electricity": "physical",
}


def measured_in(measure: Measure) -> frozenset[str]:
    return frozenset(k for k, v in INDICATORS.items() if v == measure)
