"""Prints the posting form on an HTML page (stdin) as a browser would post it with its main button:
every field with its current value, urlencoded. Arguments change fields: "name=value" sets one, a
bare name gets the placeholder @NAME@ (@TITLE@ for title) for the caller to fill in. Used by benchmark.sh to save a draft exactly as the edit page
would, so a benchmarked save validates and writes the whole posting."""
import sys
from html.parser import HTMLParser
from urllib.parse import urlencode


class FormFields(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields = []
        self.textarea = None
        self.select = None
        self.in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and "posting-form" in a.get("class", ""):
            self.in_form = True
        if not self.in_form or "name" not in a and tag != "option":
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "checkbox", "radio") \
                or tag == "input" and "checked" in a:
            self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self.textarea = [a["name"], ""]
        elif tag == "select":
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append((self.select[0], self.select[1] or ""))
            self.select = None


parser = FormFields()
parser.feed(sys.stdin.read())
changes = dict(arg.split("=", 1) if "=" in arg else (arg, "@" + arg.upper() + "@") for arg in sys.argv[1:])
fields = [(name, changes.get(name, value)) for name, value in parser.fields]
print(urlencode(fields, safe="@"))
