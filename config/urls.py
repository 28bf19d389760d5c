from django.contrib import admin
from django.urls import include, path

from reviews import views as review_views

admin.site.site_header = "Use-Case Review administration"
admin.site.site_title = "Use-Case Review"

urlpatterns = [
    path("", review_views.home, name="home"),
    path("healthz", review_views.healthz, name="healthz"),
    path("applications/", include("reviews.urls")),
    path("review/", include("reviews.reviewer_urls")),
    path("audit/", include("oversight.urls.audit_log")),
    path("oversight/", include("oversight.urls")),
    path("policies/", include("oversight.urls.policies")),
    path("organisation/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]
