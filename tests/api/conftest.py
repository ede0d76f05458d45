import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Every test starts with a fresh per-client rate limit (the test client always comes from 127.0.0.1)."""
    cache.clear()
    yield
    cache.clear()
