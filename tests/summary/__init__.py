"""Tests of the practitioner summary: view, Markdown/HTML/PDF, FHIR and the confirmed-record notice."""
