#!/usr/bin/env python3
"""Deterministic tools for benches/agent-eval, written once for every agent under test.

codeact runs them as command tools (the arguments arrive as one JSON object on stdin):

    python3 benches/agent-eval-tools.py population <<< '{"country": "France"}'

smolagents imports this file and wraps the same functions and specs as Tool objects.

    python3 benches/agent-eval-tools.py spec population   # the --tool-spec JSON
    python3 benches/agent-eval-tools.py list              # the tool names

The data is made up for the evaluation (fixed, small, and not what a model may remember), so
an answer is right only if the agent really called the tools.
"""

import json
import sys

# Population table (inhabitants, fixed for the evaluation).
POPULATION = {
    "france": 68_170_000,
    "germany": 84_480_000,
    "japan": 124_520_000,
    "mexico": 129_390_000,
    "portugal": 10_470_000,
    "sweden": 10_550_000,
    "norway": 5_520_000,
    "denmark": 5_950_000,
    "canada": 40_100_000,
    "brazil": 203_080_000,
    "italy": 58_990_000,
    "spain": 48_350_000,
}

# Value of one unit of each currency in US dollars (fixed rates).
USD_PER_UNIT = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.25,
    "JPY": 0.0067,
    "CHF": 1.12,
    "CAD": 0.74,
    "SEK": 0.095,
    "BRL": 0.2,
}

# A small document store: id -> (title, text).
DOCUMENTS = {
    "doc-101": (
        "Project Halcyon launch notes",
        "Project Halcyon, the lab's tide-energy prototype, was launched in 2014 "
        "at the harbour of Port Elwin. Its budget was 3.2 million GBP.",
    ),
    "doc-102": (
        "Project Borealis summary",
        "Project Borealis, an arctic weather-station network, was launched in 2009. "
        "It was led by Dr. Inga Solberg and had a budget of 1.5 million EUR.",
    ),
    "doc-103": (
        "Office coffee policy",
        "Each employee may take at most 4 cups of coffee per day from the third-floor "
        "machine. Guests are limited to 2 cups.",
    ),
    "doc-104": (
        "Project Cinder retrospective",
        "Project Cinder, a kiln-monitoring system, ran from 2017 to 2021 and was led by "
        "Marco Bellini. It shipped 37 sensors.",
    ),
    "doc-105": (
        "Parking rules",
        "Staff parking spaces are numbered 1 to 120. Visitors park in spaces 121 to 150.",
    ),
    "doc-106": (
        "Project Halcyon team",
        "The Halcyon team had 12 engineers and was led by Dr. Amara Osei.",
    ),
}


def population(country: str) -> int:
    key = str(country).strip().lower()
    if key not in POPULATION:
        known = ", ".join(sorted(k.title() for k in POPULATION))
        raise ValueError(f"unknown country {country!r}; known countries: {known}")
    return POPULATION[key]


def convert_currency(amount: float, from_currency: str, to_currency: str) -> float:
    src = str(from_currency).strip().upper()
    dst = str(to_currency).strip().upper()
    for code in (src, dst):
        if code not in USD_PER_UNIT:
            raise ValueError(
                f"unknown currency {code!r}; known: {', '.join(sorted(USD_PER_UNIT))}"
            )
    return round(float(amount) * USD_PER_UNIT[src] / USD_PER_UNIT[dst], 4)


def _words(text: str) -> set:
    return {w.strip(".,:;!?'\"()").lower() for w in text.split()} - {""}


def search_documents(query: str) -> str:
    words = _words(str(query))
    scored = []
    for doc_id, (title, text) in DOCUMENTS.items():
        score = len(words & _words(title)) * 2 + len(words & _words(text))
        if score:
            scored.append((-score, doc_id, title))
    scored.sort()
    if not scored:
        return "No document matches. Try other words."
    lines = [f"{doc_id}: {title}" for _, doc_id, title in scored[:3]]
    return "Matching documents (id: title):\n" + "\n".join(lines)


def get_document(doc_id: str) -> str:
    key = str(doc_id).strip()
    if key not in DOCUMENTS:
        raise ValueError(f"no document with id {doc_id!r}; ids look like 'doc-101'")
    title, text = DOCUMENTS[key]
    return f"{title}\n\n{text}"


SPECS = {
    "population": {
        "description": "Returns the number of inhabitants of a country, from the evaluation's "
        "population table.",
        "inputs": {
            "country": {"type": "string", "description": "Country name in English, e.g. 'France'."}
        },
        "output_type": "integer",
    },
    "convert_currency": {
        "description": "Converts an amount of money from one currency to another at fixed "
        "rates. Currencies: USD, EUR, GBP, JPY, CHF, CAD, SEK, BRL.",
        "inputs": {
            "amount": {"type": "number", "description": "The amount to convert."},
            "from_currency": {"type": "string", "description": "ISO code, e.g. 'EUR'."},
            "to_currency": {"type": "string", "description": "ISO code, e.g. 'USD'."},
        },
        "output_type": "number",
    },
    "search_documents": {
        "description": "Searches the document store by keywords; returns the ids and titles of "
        "the best matches (at most 3). Read a document with get_document.",
        "inputs": {"query": {"type": "string", "description": "Keywords to look for."}},
        "output_type": "string",
    },
    "get_document": {
        "description": "Returns the title and full text of one document of the store.",
        "inputs": {"doc_id": {"type": "string", "description": "Document id, e.g. 'doc-101'."}},
        "output_type": "string",
    },
}

FUNCTIONS = {
    "population": population,
    "convert_currency": convert_currency,
    "search_documents": search_documents,
    "get_document": get_document,
}


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) >= 2 else 2
    cmd = argv[1]
    if cmd == "list":
        print("\n".join(FUNCTIONS))
        return 0
    if cmd == "spec":
        print(json.dumps(SPECS[argv[2]], indent=2))
        return 0
    if cmd not in FUNCTIONS:
        print(f"unknown tool {cmd!r}; tools: {', '.join(FUNCTIONS)}", file=sys.stderr)
        return 2
    raw = sys.stdin.read()
    args = json.loads(raw) if raw.strip() else {}
    try:
        result = FUNCTIONS[cmd](**args)
    except (TypeError, ValueError) as e:
        print(str(e), file=sys.stderr)
        return 1
    print(result if isinstance(result, str) else json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
