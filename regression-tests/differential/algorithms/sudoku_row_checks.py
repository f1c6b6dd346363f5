board = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2], [6, 7, 2, 1, 9, 5, 3, 4, 8], [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3], [4, 2, 6, 8, 5, 3, 7, 9, 1], [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4], [2, 8, 7, 4, 1, 9, 6, 3, 5], [3, 4, 5, 2, 8, 6, 1, 7, 9]]
def valid(b):
    full = set(range(1, 10))
    rows = all(set(r) == full for r in b)
    cols = all({b[r][c] for r in range(9)} == full for c in range(9))
    boxes = all({b[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == full for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows, cols, boxes
print(valid(board))
board[0][0], board[0][1] = board[0][1], board[0][0]
print(valid(board))
