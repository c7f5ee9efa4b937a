import fc from "fast-check";
import { balancePlan, cheapestMix, emptyPlan, gapScenarios, Status } from "../../src/engine";

/** Random plans of realistic magnitude: 1–5 families × 1–36 periods, whole units. */
const plans = fc
  .record({ families: fc.integer({ min: 1, max: 5 }), periods: fc.integer({ min: 1, max: 36 }) })
  .chain(({ families, periods }) => {
    const cells = families * periods;
    const series = (max: number) =>
      fc.array(fc.integer({ min: 0, max }), { minLength: cells, maxLength: cells });
    return fc.record({
      families: fc.constant(families),
      periods: fc.constant(periods),
      forecast: series(20000),
      orders: series(20000),
      production: series(20000),
      capacity: fc.array(fc.integer({ min: 1, max: 30000 }), {
        minLength: cells,
        maxLength: cells,
      }),
      safetyStock: series(5000),
      openingStock: fc.array(fc.integer({ min: -5000, max: 10000 }), {
        minLength: families,
        maxLength: families,
      }),
    });
  })
  .map((raw) => {
    const plan = emptyPlan(raw.families, raw.periods);
    plan.forecast.set(raw.forecast);
    plan.orders.set(raw.orders);
    plan.production.set(raw.production);
    plan.capacity.set(raw.capacity);
    plan.safetyStock.set(raw.safetyStock);
    plan.openingStock.set(raw.openingStock);
    return plan;
  });

describe("balancePlan properties", () => {
  test("closing = opening + production − effective demand, and each opening is the previous closing", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const outcome = balancePlan(plan);
        if (!outcome.ok) return false;
        const r = outcome.value;
        for (let family = 0; family < plan.families; family++) {
          for (let period = 0; period < plan.periods; period++) {
            const cell = family * plan.periods + period;
            const expectedOpening =
              period === 0 ? plan.openingStock[family] : r.closingStock[cell - 1];
            if (r.openingStock[cell] !== expectedOpening) return false;
            if (
              r.effectiveDemand[cell] !==
              Math.max(plan.forecast[cell] as number, plan.orders[cell] as number)
            )
              return false;
            const closing =
              (r.openingStock[cell] as number) +
              (plan.production[cell] as number) -
              r.effectiveDemand[cell];
            if (r.closingStock[cell] !== closing) return false;
          }
        }
        return true;
      })
    );
  });

  test("after the rolling gap is added, no period ends below safety stock", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const outcome = balancePlan(plan);
        if (!outcome.ok) return false;
        const r = outcome.value;
        for (let family = 0; family < plan.families; family++) {
          let stock = plan.openingStock[family] as number;
          for (let period = 0; period < plan.periods; period++) {
            const cell = family * plan.periods + period;
            const gap = r.rollingGap[cell] as number;
            if (gap < 0) return false;
            stock += (plan.production[cell] as number) + gap - (r.effectiveDemand[cell] as number);
            if (stock < (plan.safetyStock[cell] as number)) return false;
            // The gap is the least that reaches safety stock: without it, that period would fall short.
            if (gap > 0 && stock - gap >= (plan.safetyStock[cell] as number)) return false;
          }
        }
        return true;
      })
    );
  });

  test("status is Shortage exactly when closing < safety stock", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const outcome = balancePlan(plan);
        if (!outcome.ok) return false;
        return outcome.value.status.every(
          (status, cell) =>
            (status === Status.Shortage) ===
            (outcome.value.closingStock[cell] as number) < (plan.safetyStock[cell] as number)
        );
      })
    );
  });
});

const options = fc.array(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }).filter((name) => name.trim() !== ""),
    capacity: fc.integer({ min: 0, max: 5000 }),
    unitCost: fc.integer({ min: 0, max: 100 }),
  }),
  { minLength: 1, maxLength: 8 }
);

describe("gapScenarios properties", () => {
  test("rows are sorted by remaining gap and ties keep the input order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        options,
        (demand, supply, opts) => {
          const outcome = gapScenarios(demand, supply, opts);
          if (!outcome.ok) return false;
          if (outcome.value.sufficient) return demand <= supply;
          const rows = outcome.value.scenarios;
          return rows.every((row, i) => {
            const previous = rows[i - 1];
            if (!previous) return true;
            return (
              previous.remainingGap < row.remainingGap ||
              (previous.remainingGap === row.remainingGap && previous.optionIndex < row.optionIndex)
            );
          });
        }
      )
    );
  });

  test("the cheapest mix never costs more than any single option that closes the gap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), options, (gap, opts) => {
        const mix = cheapestMix(gap, opts);
        const closing = opts.filter((option) => option.capacity >= gap);
        return (
          closing.every((option) => mix.cost <= gap * option.unitCost) &&
          (closing.length === 0 || mix.remainingGap === 0)
        );
      })
    );
  });
});
