from django.urls import path, register_converter

from public import views


class QuarterConverter:
    regex = r"[0-9]{4}-Q[1-4]"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


register_converter(QuarterConverter, "quarter")

app_name = "public"

urlpatterns = [
    path("transparency/", views.transparency_report, name="transparency"),
    path("transparency/<quarter:quarter>.json", views.transparency_json, name="transparency_json"),
    path("transparency/<quarter:quarter>.csv", views.transparency_csv, name="transparency_csv"),
    path("register/", views.register_list, name="register"),
    path("register.json", views.register_json, name="register_json"),
]
