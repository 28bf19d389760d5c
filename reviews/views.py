"""Pages: the home page, a health check, and the applications a person may see."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from reviews.models import Application


@require_GET
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return render(request, "home.html")
    return redirect("applications:list")


@login_required
@require_GET
def application_list(request):
    applications = (
        Application.objects.visible_to(request.user)
        .select_related("organization")
        .order_by("-state_changed_at")[:200]
    )
    return render(request, "reviews/application_list.html", {"applications": applications})


@login_required
@require_GET
def application_detail(request, public_id: str):
    application = Application.objects.visible_to(request.user).filter(public_id=public_id).first()
    if application is None:
        # The same answer for "does not exist" and "not yours": no probing of other organisations.
        raise Http404("No such application.")
    return render(request, "reviews/application_detail.html", {"application": application})
