from django.urls import path

from .v2 import api_router

urlpatterns = [
    path("v2/", api_router.urls),
]
