"""The directory's models: organisation profiles, working groups and their index pages."""

from home.localization import LocalizedPageQuerySet

from .organisations import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    OrganisationTopic,
)
from .working_groups import (
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupMembership,
    WorkingGroupPage,
    WorkingGroupTopic,
)

__all__ = [
    "Language",
    "LocalizedPageQuerySet",
    "OrganisationIndexPage",
    "OrganisationPage",
    "OrganisationSocialLink",
    "OrganisationTopic",
    "WorkingGroupIndexPage",
    "WorkingGroupMeeting",
    "WorkingGroupMembership",
    "WorkingGroupPage",
    "WorkingGroupTopic",
]
