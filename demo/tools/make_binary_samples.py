#!/usr/bin/env python3
"""Writes the demo corpus files whose bytes matter: a Windows-1252 page, a gzipped page and a small WARC archive.
Run from the repository root: python3 demo/tools/make_binary_samples.py"""
import gzip, io, os

root = os.path.join(os.path.dirname(__file__), "..", "corpus")

menaka = """<!DOCTYPE html>
<html lang="en"><head><meta charset="windows-1252">
<title>Menaka: army says it repelled attack on convoy – Sahel Observer</title>
<meta property="og:site_name" content="Sahel Observer">
<meta property="article:published_time" content="2026-03-02T16:00:00Z">
</head><body>
<nav><a href="/">Sahel Observer</a> · <a href="/mali">Mali</a> · <a href="/burkina">Burkina Faso</a> · <a href="/niger">Niger</a></nav>
<article>
<h1>Menaka: army says it repelled attack on convoy</h1>
<p>Malian soldiers repelled an attack on a supply convoy near Menaka on Sunday, the army said in a statement, adding that “several terrorists” were killed. The army did not say how many of its own soldiers were wounded.</p>
<p>A local elected official, who asked not to be named, said the convoy was ambushed about 30 km west of the town by fighters on motorbikes. He said three soldiers and two civilian drivers were killed – a figure the army did not confirm.</p>
<p>The Islamic State Sahel Province has been active around Menaka for several years. In a message on social media, the group claimed to have killed “dozens” of soldiers, a claim that could not be verified and that analysts described as exaggerated.</p>
<p>The région de Ménaka has seen repeated attacks on convoys since the departure of international forces, and aid groups say road access to the town is increasingly difficult.</p>
</article>
<footer>© Sahel Observer 2026</footer>
</body></html>
"""
with open(os.path.join(root, "pages", "sahel-observer-2026-03-02-menaka.html"), "wb") as f:
    f.write(menaka.encode("cp1252"))

followup = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Menaka convoy attack: death toll rises to seven | Sahel Observer</title>
<meta property="og:title" content="Menaka convoy attack: death toll rises to seven">
<meta property="og:site_name" content="Sahel Observer">
<meta property="article:published_time" content="2026-03-07T10:20:00Z">
<meta name="author" content="Aminata Traoré">
</head><body>
<nav><a href="/">Sahel Observer</a> · <a href="/mali">Mali</a></nav>
<article>
<h1>Menaka convoy attack: death toll rises to seven</h1>
<p>The number of people killed in last Sunday's attack on an army convoy near Menaka has risen to seven, hospital sources and a local official said on Saturday, after two wounded soldiers died of their injuries.</p>
<p>The official said the dead included five soldiers and two civilian truck drivers. The army has not updated its statement of March 1, which said several attackers were killed and gave no toll for its own troops.</p>
<p>Residents said that JNIM, the al-Qaeda affiliate that competes with the Islamic State for influence in the region, had also been seen in villages north of the town, but there was no indication that it took part in the ambush.</p>
<div class="share">Share this article</div>
</article>
</body></html>
"""
def write_gzip(path, data):
    # A fixed mtime keeps the output byte-identical across runs.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(data)

write_gzip(os.path.join(root, "pages", "sahel-observer-2026-03-07-menaka-followup.html.gz"), followup.encode("utf-8"))

def response(url, html, date):
    body = html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    headers = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
               f"WARC-Record-ID: <urn:uuid:{len(url) * 7919 + len(date):012d}-0000-0000-0000-000000000000>\r\n"
               f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return headers + http + b"\r\n\r\n"

def page(title, outlet, date, paragraphs):
    ps = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>"
            f"<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:site_name\" content=\"{outlet}\">"
            f"<meta property=\"article:published_time\" content=\"{date}\"></head><body><nav><a href=\"/\">{outlet}</a> <a href=\"/news\">News</a></nav>"
            f"<article><h1>{title}</h1>\n{ps}</article><footer>© {outlet}</footer></body></html>")

records = [
    response("https://hasakah-voice.example/2026/03/08/camp-security/", page(
        "Security tightened at Hasakah camps after escape attempt", "Hasakah Voice", "2026-03-08T08:00:00Z", [
            "Kurdish-led security forces tightened controls at two detention camps in Hasakah province on Saturday after what officials described as a failed escape attempt by a group of detainees overnight.",
            "A spokesman for the Internal Security Forces said six men were caught trying to cut through a fence at the southern edge of the camp and that no one escaped. He said one guard was lightly injured.",
            "The camps hold thousands of people with suspected links to ISIS, many of them foreign nationals whose home countries have refused to take them back.",
        ]), "2026-03-08T09:00:00Z"),
    response("https://hasakah-voice.example/2026/03/08/logo.png", "", "2026-03-08T09:00:01Z").replace(b"text/html", b"image/png"),
    response("https://hasakah-voice.example/2026/03/08/tanker-fire/", page(
        "Oil tanker set on fire near al-Omar field", "Hasakah Voice", "2026-03-08T12:30:00Z", [
            "Unknown gunmen set fire to an oil tanker on the road north of the al-Omar oil field in Deir ez-Zor on Saturday, according to local sources.",
            "The driver escaped unharmed, the sources said. Attacks on tankers carrying crude from fields east of the Euphrates have become frequent this year, and local councils blame ISIS cells for most of them.",
        ]), "2026-03-08T13:00:00Z"),
]
write_gzip(os.path.join(root, "archive", "crawl-2026-03-08.warc.gz"), b"".join(records))
