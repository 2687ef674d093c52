"""The domain records the UI works with, re-exported from storage so ui/ never imports storage/."""

# `X as X` re-exports each name (PEP 484): one list, no second one in __all__ to keep in step.
from storage.records import AgendaItem as AgendaItem
from storage.records import Attendance as Attendance
from storage.records import Category as Category
from storage.records import CircleRound as CircleRound
from storage.records import CircleTurn as CircleTurn
from storage.records import ItemKind as ItemKind
from storage.records import Member as Member
from storage.records import Purpose as Purpose
from storage.records import Resource as Resource
from storage.records import Role as Role
from storage.records import Session as Session
from storage.records import SessionStatus as SessionStatus
from storage.records import Template as Template
from storage.records import TemplateItem as TemplateItem
