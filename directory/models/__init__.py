"""The directory's models: organisation profiles, working groups and their index pages."""

from .organisations import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    OrganisationTopic,
)
from .querysets import LocalizedPageQuerySet
from .teams import OrganisationGroup
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
    "OrganisationGroup",
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
