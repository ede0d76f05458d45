from .pages import Kind, TrainingIndexPage, TrainingSeriesPage, TrainingSeriesTag
from .sessions import (
    AlreadyRegistered,
    Registration,
    RegistrationClosed,
    RegistrationError,
    TrainingSession,
)

__all__ = [
    "AlreadyRegistered",
    "Kind",
    "Registration",
    "RegistrationClosed",
    "RegistrationError",
    "TrainingIndexPage",
    "TrainingSeriesPage",
    "TrainingSeriesTag",
    "TrainingSession",
]
