def score(rolls):
    total, i = 0, 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise ValueError("strike bonus missing")
            total += 10 + sum(bonus)
            frames.append("X")
            i += 1
        else:
            first, second = rolls[i], rolls[i + 1] if i + 1 < len(rolls) else None
            if second is None:
                raise ValueError(f"frame {frame + 1} incomplete")
            if first + second > 10:
                raise ValueError(f"frame {frame + 1} has {first + second} pins")
            if first + second == 10:
                total += 10 + rolls[i + 2]
                frames.append(f"{first}/")
            else:
                total += first + second
                frames.append(f"{first}{second}")
            i += 2
        frames[-1] += f"({total})"
    return total, frames

games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10],
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:<13} {total:>3}  {' '.join(frames)}")
    except ValueError as e:
        print(f"{name:<13} error: {e}")
