#!/usr/bin/env python3
"""Build examples/warc/sample.warc.gz from articles written for this project.

Each record is its own gzip member, as crawlers write them. Run from the repo
root: python3 scripts/make-example-warc.py
"""
import gzip
import uuid

ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Oreshnik system put on combat duty in Belarus - Example Monitor</title>
<meta property="article:published_time" content="2025-12-18T09:00:00Z">
</head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Oreshnik system put on combat duty in Belarus</h1>
<p>The Oreshnik intermediate-range missile system has been put on combat duty in Belarus, President Alexander Lukashenko said on Thursday.</p>
<p>Belarusian Defence Minister Viktor Khrenin said in December 2024 that the deployment would be completed within a year. Russia and Belarus signed a treaty on security guarantees the same month.</p>
<p>Western officials have not confirmed the deployment.</p></article>
<div class="share">Share on VK</div><footer>Contacts | Advertising</footer></body></html>
"""

WET_TEXT = """Belarusian engineers train with Russian counterparts
Share on Telegram
A group of 40 Belarusian military engineers completed a two-week course at a Russian training centre near Nizhny Novgorod, the Belarusian Defence Ministry said on Monday.
The course covered demining and bridge building.
Subscribe
"""


def record(rtype, uri, date, block, content_type, extra=None):
    headers = [
        ("WARC-Type", rtype),
        ("WARC-Record-ID", "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "%s %s" % (rtype, uri))),
        ("WARC-Date", date),
    ]
    if uri:
        headers.append(("WARC-Target-URI", uri))
    headers += extra or []
    headers += [("Content-Type", content_type), ("Content-Length", str(len(block)))]
    head = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in headers) + "\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


def main():
    out = bytearray()
    out += record("warcinfo", None, "2025-12-19T00:00:00Z", b"software: sitrep example builder\r\n", "application/warc-fields")
    uri = "https://monitor.example/2025/12/18/oreshnik-combat-duty"
    out += record("request", uri, "2025-12-19T00:00:01Z", b"GET /2025/12/18/oreshnik-combat-duty HTTP/1.1\r\nHost: monitor.example\r\n\r\n", "application/http; msgtype=request")
    body = ARTICLE_HTML.encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    out += record("response", uri, "2025-12-19T00:00:02Z", http, "application/http; msgtype=response")
    out += record("conversion", "https://news.example/engineers-course", "2025-12-19T00:00:03Z", WET_TEXT.encode(), "text/plain")
    with open("examples/warc/sample.warc.gz", "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
