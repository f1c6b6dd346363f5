def queens(n):
    solutions = []
    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                board.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
                board.pop()
    place(0, set(), set(), set(), [])
    return solutions
s = queens(6)
print(len(s), s[0], len(queens(8)))
