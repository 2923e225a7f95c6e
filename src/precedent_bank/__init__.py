"""Precedent Bank: annotated legal opinion letters as a static MkDocs site."""

from precedent_bank.errors import PrecedentError, Problem, SourceError, errors_in
from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.loader import load_record
from precedent_bank.records.models import Clause, Precedent
from precedent_bank.site.builder import Site, load_site, precedent_uri
from precedent_bank.site.library import load_clause_pages, load_glossary
from precedent_bank.taxonomy import load_taxonomy

__all__ = [
    "Bank",
    "Clause",
    "Precedent",
    "PrecedentError",
    "Problem",
    "Site",
    "SourceError",
    "errors_in",
    "load_bank",
    "load_clause_pages",
    "load_glossary",
    "load_record",
    "load_site",
    "load_taxonomy",
    "precedent_uri",
]
