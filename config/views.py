"""The site's front door and the load balancer's health check."""
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET


@require_GET
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return render(request, "home.html")
    return redirect("reviews:application_list")
