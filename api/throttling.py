"""Per-key rate limits, counted in the shared cache (Redis in production) so that every web
process agrees: a fixed one-minute window per key, counted with atomic increments."""
import time

from django.conf import settings
from django.core.cache import cache
from rest_framework.throttling import BaseThrottle

from api.models import OrganizationAPIKey

WINDOW_SECONDS = 60


class PerKeyRateThrottle(BaseThrottle):
    def allow_request(self, request, view):
        api_key = request.auth
        if not isinstance(api_key, OrganizationAPIKey):
            return True  # unauthenticated requests are refused before they do anything
        window = int(time.time() // WINDOW_SECONDS)
        self.reset_in = (window + 1) * WINDOW_SECONDS - time.time()
        name = f"api-rate:{api_key.prefix}:{window}"
        cache.add(name, 0, timeout=WINDOW_SECONDS * 2)
        try:
            count = cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.set(name, 1, timeout=WINDOW_SECONDS * 2)
            count = 1
        return count <= settings.API_RATE_LIMIT_PER_MINUTE

    def wait(self):
        return max(1, int(self.reset_in) + 1)
