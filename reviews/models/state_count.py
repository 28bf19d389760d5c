"""How many applications are in each state, kept exact by the one path that changes states.

The reviewer queue shows counts per state on every page; counting a million rows per request
would make the queue slower as history accumulates, so the counts are maintained instead.
"""
from django.db import models
from django.db.models import Count, F

from reviews.states import State


class StateCount(models.Model):
    state = models.CharField(max_length=32, primary_key=True, choices=State.choices)
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.state}: {self.count}"

    @classmethod
    def move(cls, *, from_state: str | None, to_state: str) -> None:
        """Record one application leaving `from_state` (None when it is new) for `to_state`."""
        if from_state == to_state:
            return
        # Every state has its row from the migration on, so these are plain updates.
        if from_state:
            cls.objects.filter(state=from_state).update(count=F("count") - 1)
        cls.objects.filter(state=to_state).update(count=F("count") + 1)

    @classmethod
    def rebuild(cls) -> dict[str, int]:
        """Recount from the applications themselves (after bulk loads, or to check the counters)."""
        from reviews.models import Application

        counts = dict(Application.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n"))
        for state in State.values:
            cls.objects.update_or_create(state=state, defaults={"count": counts.get(state, 0)})
        return counts

    @classmethod
    def as_dict(cls) -> dict[str, int]:
        return dict(cls.objects.values_list("state", "count"))
