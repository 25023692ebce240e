"""How long a profile must wait after failed sign-ins: free tries, then doubling, capped."""

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


def retry_delay(failures: int) -> int:
    """Seconds that must pass after the last failure before the next attempt is heard."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)
