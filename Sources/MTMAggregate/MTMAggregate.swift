// MTMAggregate — Stage 4, aggregate: partial aggregates (counts, sums, cross-products, bounded quotes) that merge associatively.
