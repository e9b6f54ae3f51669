# allow-import: statistics
import statistics as st

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]

# === quantiles ===
print(st.quantiles(data, n=4))
print([round(q, 1) for q in st.quantiles(data, n=10)])
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1, 2, 3, 4, 5], n=4))
print(st.quantiles([10, 20], n=3))

# === correlation and regression ===
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 6), st.covariance(x, y), st.linear_regression(x, y))

# === errors ===
for f in [lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 2], [3])]:
    try:
        f()
    except st.StatisticsError as e:
        print('StatisticsError', e)
