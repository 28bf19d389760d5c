"""The pages anyone may read without signing in: the transparency report and the register of
approved uses. Nothing imports this app."""
