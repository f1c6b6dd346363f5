raise ValueError("non-ascii message: héllo ✓ 日本")
