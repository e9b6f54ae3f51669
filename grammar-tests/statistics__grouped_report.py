# allow-import: statistics, collections
import statistics as st
from collections import defaultdict

rows = [('north', 12.5), ('south', 9.0), ('north', 15.0), ('east', 7.5), ('south', 11.0), ('north', 10.0), ('east', 8.5), ('south', 10.0)]

# === per-group summaries ===
groups = defaultdict(list)
for region, v in rows:
    groups[region].append(v)
for region in sorted(groups):
    vals = groups[region]
    sd = st.stdev(vals) if len(vals) > 1 else 0.0
    print(f'{region:<6} n={len(vals)} mean={st.mean(vals):6.2f} median={st.median(vals):5.2f} sd={sd:.3f}')

# === overall ===
allv = [v for _, v in rows]
print(st.mean(allv), st.median(allv), st.mode(allv), st.pstdev(allv), st.quantiles(allv, n=4))

# === outliers by z-score ===
mu, sd = st.mean(allv), st.stdev(allv)
print([v for v in allv if abs(v - mu) / sd > 1.2])
