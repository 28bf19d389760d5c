from django.urls import path

from reviews import views

app_name = "applications"

urlpatterns = [
    path("", views.application_list, name="list"),
    path("<str:public_id>/", views.application_detail, name="detail"),
]
