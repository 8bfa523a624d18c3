"""회계 screens: resolutions, requisitions, budget, books."""
