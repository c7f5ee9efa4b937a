"""Times the seed article's model (seed_model.py) on a plan written by bench/index.ts.

Usage: python3 -B bench/seed_python.py PLAN.json [REPETITIONS]

PLAN.json holds {"families", "periods", "forecast", "orders", "production", "capacity",
"safetyStock", "openingStock"}: the series flat and family-major (cell family * periods + period),
openingStock one value per family. Only SOPAnalyzer.rolling_plan over every family is timed:
loading the JSON and building the MonthPlan objects are the caller's cost in any setting, and
leaving them out makes the comparison as favourable to the seed as it can be. Prints one JSON
object: every repetition's time in seconds (the caller takes the best), the Python version, and a
checksum of the closing stocks so the caller can check that both sides computed the same plan.
"""
import contextlib
import io
import json
import platform
import sys
import time

# The seed module runs the article's demo when imported; its printout would corrupt our JSON.
with contextlib.redirect_stdout(io.StringIO()):
    from seed_model import MonthPlan, SOPAnalyzer


def build_families(plan: dict) -> list[list[MonthPlan]]:
    periods = plan["periods"]
    families = []
    for family in range(plan["families"]):
        months = []
        for period in range(periods):
            cell = family * periods + period
            months.append(MonthPlan(
                month=f"M{period + 1:02d}",
                demand_forecast=plan["forecast"][cell],
                confirmed_orders=plan["orders"][cell],
                # rolling_plan reads only the first month's opening stock and overwrites the rest.
                opening_stock=plan["openingStock"][family] if period == 0 else 0,
                production_plan=plan["production"][cell],
                capacity_max=plan["capacity"][cell],
                safety_stock_target=plan["safetyStock"][cell],
            ))
        families.append(months)
    return families


def time_rolling_plan(families: list[list[MonthPlan]]) -> tuple[float, list[list[dict]]]:
    start = time.perf_counter()
    results = [SOPAnalyzer.rolling_plan(months) for months in families]
    return time.perf_counter() - start, results


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as source:
        plan = json.load(source)
    repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    families = build_families(plan)
    # rolling_plan rewrites opening stocks from the first month's, so repeating it on the same
    # objects computes the same plan each time.
    seconds = []
    results: list[list[dict]] = []
    for _ in range(repetitions):
        elapsed, results = time_rolling_plan(families)
        seconds.append(elapsed)
    checksum = sum(row["期末库存"] for months in results for row in months)
    print(json.dumps({
        "repetitions": seconds,
        "closingChecksum": checksum,
        "python": platform.python_version(),
    }))


if __name__ == "__main__":
    main()
