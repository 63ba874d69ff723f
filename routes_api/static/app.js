// Visitor page: pick a circle or a line, plan it (POST /v1/itineraries), show the map and days,
// link to the printable plan and the exports. Only same-origin requests; text goes into the
// page with textContent only, never parsed as markup.
"use strict";

const DAY_COLOURS = ["#d1495b", "#00798c", "#e09f3e", "#3d5a80", "#8d6cab", "#2a9d8f", "#9c6644"];
const $ = (id) => document.getElementById(id);
let lines = {};

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function hhmm(iso) { return iso ? iso.slice(11, 16) : ""; }

function status(text, isError) {
  const s = $("status");
  s.textContent = text;
  s.className = isError ? "error" : "";
}

async function getJSON(url, options) {
  const r = await fetch(url, options);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

async function loadChoices() {
  const select = $("route");
  select.textContent = "";
  const [circles, lineList] = await Promise.all([getJSON("/v1/circles"), getJSON("/v1/lines")]);
  const g1 = el("optgroup"); g1.label = "旅游圈 Tourism circles";
  for (const c of circles) {
    const o = el("option", c.name_zh + " · " + c.name_en);
    o.value = "circle:" + c.id; o.dataset.summary = (c.summary_zh || "") + " " + (c.summary_en || "");
    g1.appendChild(o);
  }
  select.appendChild(g1);
  if (lineList.length) {
    const g2 = el("optgroup"); g2.label = "精品线路 Boutique lines";
    for (const l of lineList) {
      lines[l.id] = l;
      const o = el("option", l.name_zh + " · " + l.name_en + " (" + l.days_min + "–" + l.days_max + " 天 days)");
      o.value = "line:" + l.id; o.dataset.summary = (l.summary_zh || "") + " " + (l.summary_en || "");
      g2.appendChild(o);
    }
    select.appendChild(g2);
  }
  onRouteChange();
}

function onRouteChange() {
  const select = $("route");
  const opt = select.options[select.selectedIndex];
  $("route-summary").textContent = opt ? (opt.dataset.summary || "") : "";
  const [kind, id] = (select.value || ":").split(":");
  const box = $("days-box");
  box.hidden = kind !== "line";
  if (kind === "line" && lines[id]) {
    const days = $("days");
    days.min = lines[id].days_min; days.max = lines[id].days_max;
    days.value = Math.min(Math.max(Number(days.value) || lines[id].days_min, lines[id].days_min), lines[id].days_max);
  }
}

function tripRequest() {
  const [kind, id] = $("route").value.split(":");
  const modes = Array.from(document.querySelectorAll("input[name=modes]:checked")).map((i) => i.value);
  const body = { kind, start_date: $("start_date").value, pace: $("pace").value, phase: $("phase").value, modes };
  if (kind === "circle") body.circle = id;
  else { body.line = id; body.days = Number($("days").value); }
  return body;
}

function showItinerary(it) {
  const base = "/v1/itineraries/" + encodeURIComponent(it.id);
  $("r-title").textContent = it.title_zh + " · " + it.title_en;
  const t = it.totals;
  $("r-meta").textContent = it.start_date + " · " + t.days + " 天 days · " + t.distance_km.toFixed(1) + " km · " +
    "CO₂ −" + (t.co2_saved_g / 1000).toFixed(1) + " kg vs car";
  $("print-link").href = base + "/print";
  $("pdf-link").href = base + ".pdf";
  $("gpx-link").href = base + ".gpx";
  $("ics-link").href = base + ".ics";
  $("geojson-link").href = base + ".geojson";
  $("r-map").src = base + "/map.svg";
  const list = $("r-days");
  list.textContent = "";
  it.days.forEach((day, i) => {
    const li = el("li");
    li.style.setProperty("--day", DAY_COLOURS[i % DAY_COLOURS.length]);
    li.appendChild(el("h3", "第" + day.day + "天 Day " + day.day + " · " + day.date));
    const ul = el("ul");
    const items = day.legs.map((l) => [l.depart_at || "", 0, l]).concat(day.visits.map((v) => [v.arrive_at || "", 1, v]));
    items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [, kind, x] of items) {
      if (kind === 0) {
        ul.appendChild(el("li", hhmm(x.depart_at) + "–" + hhmm(x.arrive_at) + " " + x.instruction_zh + " / " + x.instruction_en));
      } else {
        ul.appendChild(el("li", hhmm(x.arrive_at) + " 游览 visit " + x.name_zh + " " + x.name_en + " (" + x.dwell_min + " min)"));
      }
    }
    li.appendChild(ul);
    li.appendChild(el("p", day.overnight ? "住宿 Night: " + day.overnight_name_zh + " " + day.overnight_name_en
                                         : "行程结束 End of the trip", "night"));
    list.appendChild(li);
  });
  $("result").hidden = false;
}

async function onSubmit(event) {
  event.preventDefault();
  const button = $("go");
  button.disabled = true;
  status("正在规划… Planning…");
  try {
    const it = await getJSON("/v1/itineraries", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(tripRequest()),
    });
    showItinerary(it);
    status("");
  } catch (err) {
    status("无法生成行程 Could not plan: " + err.message, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const d = new Date(Date.now() + 7 * 864e5);
  $("start_date").value = d.toISOString().slice(0, 10);
  $("route").addEventListener("change", onRouteChange);
  $("trip").addEventListener("submit", onSubmit);
  loadChoices().catch((err) => status("无法载入线路 Could not load the circles: " + err.message, true));
});
