"""Authoring script for network_data/scenic_rail.geojson (deterministic).

Waypoint tables for the plan's 1,100 km scenic-rail network (5 sightseeing-train
lines on real or plan-named rail lines + 3 new mountain railways), and the table of
every place the scenic rail and connector layers use as from/to.  Reasons for each
alignment and phase: ../decisions/rail.md.

Coordinates are WGS84 [lon, lat].  Town coordinates come from GeoNames (id in
`source`); station positions and line courses are from knowledge of the
OpenStreetMap / Wikipedia positions (approximate to a few hundred metres).  When
network_data/places.geojson (written by the places author) holds the same id, its
coordinate and properties win: the segment's first/last vertex is always the
resolved place coordinate.

Run:  .venv/bin/python network_data/authoring/scenic_rail.py
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ND = os.path.dirname(HERE)
PLACES_MAIN = os.path.join(ND, "places.geojson")
STAGING = os.path.join(ND, "_staging", "rail-places.geojson")

SM, WT, MA, TY, MT, SS = ("shanghai-metropolis", "jiangnan-water-towns", "moganshan-anji",
                          "taihu-yangchenghu", "maoshan-tianmuhu", "sanjiangkou-siming")
JH, SI, ZA, XC = ("jianghai-confluence", "shengsi-islands", "zhoushan-archipelago",
                  "xiangshan-coast")
K = "knowledge: OSM/Wikipedia position (approx.)"

# ---------------------------------------------------------------------------
# Places: id -> properties.  ll = (lon, lat).
# ---------------------------------------------------------------------------
PLACES = {}


def P(pid, zh, en, kind, city, ll, src, lodging=False, themes="", visit=0, circles=(),
      dzh="", den=""):
    PLACES[pid] = dict(id=pid, name_zh=zh, name_en=en, kind=kind, city=city,
                       lodging=lodging, themes=themes.split(), visit_min=visit,
                       circles=list(circles), desc_zh=dzh, desc_en=den,
                       source=src if isinstance(src, str) else f"GeoNames {src}",
                       _ll=ll)


def ST(pid, zh, en, city, ll, circles=(), dzh="", den="", kind="rail_station"):
    """A rail/metro station: pure transport node."""
    P(pid, zh, en, kind, city, ll, K, False, "", 0, circles,
      dzh or f"{zh}，轨道交通换乘节点。", den or f"{en}, rail transfer node.")


def PIER(pid, zh, en, city, ll, circles=(), kind="ferry_terminal"):
    P(pid, zh, en, kind, city, ll, K, False, "", 0, circles,
      f"{zh}，客运轮渡码头。", f"{en}, passenger ferry pier.")


# --- city centres (ids fixed by SCHEMA.md) ---
P("shanghai", "上海（人民广场）", "Shanghai (People's Square)", "city_center", "shanghai",
  (121.4735, 31.2318), K, True, "urban museum", 120, [SM],
  "上海市中心人民广场。", "Central Shanghai at People's Square.")
P("suzhou", "苏州（观前街）", "Suzhou (Guanqian Street)", "city_center", "suzhou",
  (120.6225, 31.3110), K, True, "heritage garden canal food", 180, [TY],
  "苏州古城中心。", "Centre of Suzhou's old city.")
P("wuxi", "无锡", "Wuxi", "city_center", "wuxi", (120.28857, 31.56887), 1790923, True,
  "urban canal food", 120, [TY], "无锡市中心。", "Central Wuxi.")
P("changzhou", "常州", "Changzhou", "city_center", "changzhou", (119.95401, 31.77359), 1815456,
  True, "urban canal heritage", 120, [MT], "常州市中心。", "Central Changzhou.")
P("nantong", "南通", "Nantong", "city_center", "nantong", (120.87472, 32.03028), 1799722, True,
  "urban museum", 120, [JH], "南通市中心，濠河环绕。", "Central Nantong around the Hao River.")
P("ningbo", "宁波", "Ningbo", "city_center", "ningbo", (121.54945, 29.87819), 1799397, True,
  "urban heritage food", 120, [SS], "宁波三江口市中心。", "Central Ningbo at the Sanjiangkou.")
P("huzhou", "湖州", "Huzhou", "city_center", "huzhou", (120.0933, 30.8703), 1806535, True,
  "urban lake", 120, [MA, TY], "湖州市中心，南太湖畔。", "Central Huzhou on the south shore of Taihu.")
P("jiaxing", "嘉兴", "Jiaxing", "city_center", "jiaxing", (120.75, 30.7522), 1805953, True,
  "red_culture lake canal", 120, [WT], "嘉兴市中心，南湖红船所在地。",
  "Central Jiaxing, home of the South Lake red boat.")
P("zhoushan", "舟山（定海）", "Zhoushan (Dinghai)", "city_center", "zhoushan",
  (122.20488, 29.98869), 1886762, True, "island sea heritage food", 120, [ZA],
  "舟山市定海老城。", "Dinghai, old town and centre of Zhoushan.")

# --- county seats, districts, towns ---
for pid, zh, en, city, ll, src, circ in [
    ("kunshan", "昆山", "Kunshan", "suzhou", (120.95431, 31.37762), 1785623, [WT]),
    ("taicang", "太仓", "Taicang", "suzhou", (121.09389, 31.44778), 1793703, [JH]),
    ("changshu", "常熟", "Changshu", "suzhou", (120.748, 31.653), K, [TY]),
    ("zhangjiagang", "张家港", "Zhangjiagang", "suzhou", (120.53889, 31.865), 1787331, [JH]),
    ("jiangyin", "江阴", "Jiangyin", "wuxi", (120.26302, 31.91102), 1815251, [JH]),
    ("yixing", "宜兴", "Yixing", "wuxi", (119.82016, 31.36059), 1786760, [MT]),
    ("liyang", "溧阳", "Liyang", "changzhou", (119.48353, 31.42813), 1802788, [MT]),
    ("changxing", "长兴（雉城）", "Changxing", "huzhou", (119.90851, 31.00751), 1784553, [MA, TY]),
    ("anji", "安吉（递铺）", "Anji", "huzhou", (119.681, 30.638), K, [MA]),
    ("deqing", "德清（武康）", "Deqing", "huzhou", (119.95935, 30.54155), 1791156, [MA]),
    ("haiyan", "海盐（武原）", "Haiyan", "jiaxing", (120.94856, 30.51539), 1790862, [WT]),
    ("pinghu", "平湖", "Pinghu", "jiaxing", (121.015, 30.699), K, [WT]),
    ("haining", "海宁（硖石）", "Haining", "jiaxing", (120.68638, 30.53629), K, [WT]),
    ("tongxiang", "桐乡", "Tongxiang", "jiaxing", (120.56081, 30.63287), 1790942, [WT]),
    ("jiashan", "嘉善（魏塘）", "Jiashan", "jiaxing", (120.91138, 30.85021), 1791604, [WT]),
    ("cixi", "慈溪（浒山）", "Cixi", "ningbo", (121.2457, 30.1764), 1806602, [SS]),
    ("yuyao", "余姚", "Yuyao", "ningbo", (121.14944, 30.05), 1785545, [SS]),
    ("fenghua", "奉化", "Fenghua", "ningbo", (121.4064, 29.65628), 1813658, [SS]),
    ("ninghai", "宁海", "Ninghai", "ningbo", (121.42472, 29.28917), 1799384, [XC]),
    ("xiangshan", "象山（丹城）", "Xiangshan", "ningbo", (121.86556, 29.47472), 1813893, [XC]),
    ("haimen", "海门", "Haimen", "nantong", (121.17274, 31.89619), 1801200, [JH]),
    ("qidong", "启东（汇龙）", "Qidong", "nantong", (121.655, 31.81111), 1806840, [JH]),
    ("rugao", "如皋", "Rugao", "nantong", (120.55528, 32.38833), K, [JH]),
    ("haian", "海安", "Haian", "nantong", (120.45, 32.54361), 1809116, [JH]),
    ("rudong", "如东（掘港）", "Rudong", "nantong", (121.18552, 32.31737), 1804979, [JH]),
    ("chengqiao", "城桥（崇明）", "Chengqiao (Chongming)", "shanghai", (121.39252, 31.63082), 1814915, [JH]),
    ("baoshan", "宝山", "Baoshan", "shanghai", (121.48956, 31.40845), 1816917, [SM]),
    ("lingang", "临港（滴水湖）", "Lingang (Dishui Lake)", "shanghai", (121.916, 30.908), K, [SM]),
    ("daishan", "岱山（高亭）", "Daishan (Gaoting)", "zhoushan", (122.19895, 30.24589), 1814232, [ZA]),
    ("shengsi", "嵊泗（菜园）", "Shengsi (Caiyuan)", "zhoushan", (122.45139, 30.72361), 1816119, [SI]),
    ("shenjiamen", "沈家门", "Shenjiamen", "zhoushan", (122.29802, 29.95763), 1795632, [ZA]),
]:
    isl = city == "zhoushan" or pid == "chengqiao"
    P(pid, zh, en, "county_seat", city, ll, src, True,
      "island sea" if isl else "urban", 60, circ,
      f"{zh}，县级行政中心，可住宿换乘。", f"{en}, county-level seat; lodging and transfers.")

# island towns, water towns, villages used as stops
for pid, zh, en, kind, city, ll, src, th, circ, dzh, den in [
    ("chenjia", "陈家镇", "Chenjia", "town", "shanghai", (121.838, 31.522), K, "island wetland countryside", [JH],
     "崇明岛东部陈家镇，长江隧桥登岛处。", "Chenjia in eastern Chongming, where the Yangtze tunnel-bridge lands."),
    ("changxing-island", "长兴岛（凤凰镇）", "Changxing Island", "island_town", "shanghai", (121.703, 31.398), K,
     "island countryside", [JH], "长兴岛中心凤凰镇，橘园与船舶工业。", "Changxing Island centre, orange groves and shipyards."),
    ("hengsha", "横沙岛", "Hengsha Island", "island_town", "shanghai", (121.842, 31.345), K,
     "island countryside wetland", [JH], "横沙岛，长江口最东的有人岛。", "Hengsha, the easternmost inhabited island of the Yangtze mouth."),
    ("liuheng", "六横岛", "Liuheng Island", "island_town", "zhoushan", (122.10896, 29.74481), 1806014,
     "island sea beach", [ZA], "六横岛，舟山第三大岛。", "Liuheng, the third-largest island of Zhoushan."),
    ("qushan", "衢山岛", "Qushan Island", "island_town", "zhoushan", (122.28427, 30.45005), 1813783,
     "island sea", [ZA], "岱山县衢山岛。", "Qushan island in Daishan county."),
    ("huaniao", "花鸟岛", "Huaniao Island", "island_town", "zhoushan", (122.69139, 30.85028), 1898819,
     "island sea", [SI], "嵊泗花鸟岛，灯塔与民宿。", "Huaniao island in Shengsi, lighthouse and guesthouses."),
    ("gouqi", "枸杞岛", "Gouqi Island", "island_town", "zhoushan", (122.76935, 30.71174), 8310587,
     "island sea food", [SI], "枸杞岛，贻贝养殖与渔村。", "Gouqi island, mussel farms and fishing villages."),
    ("shengshan", "嵊山岛", "Shengshan Island", "island_town", "zhoushan", (122.80759, 30.7196), 1795659,
     "island sea", [SI], "嵊山岛东崖绝壁与后头湾无人村。", "Shengshan island, eastern cliffs and the abandoned village of Houtouwan."),
    ("yangshan", "小洋山", "Xiaoyangshan", "island_town", "zhoushan", (122.07685, 30.59416), 8246755,
     "island sea", [SI], "小洋山，洋山深水港所在岛。", "Xiaoyangshan, island of the Yangshan deep-water port."),
    ("shipu", "石浦", "Shipu", "town", "ningbo", (121.948, 29.205), K, "heritage sea food", [XC],
     "石浦渔港古城。", "Shipu, old fishing-port town."),
    ("liangnong", "梁弄", "Liangnong", "town", "ningbo", (121.07465, 29.91278), 1803995,
     "red_culture mountain", [SS], "梁弄镇，浙东抗日根据地旧址。", "Liangnong, former base of the East Zhejiang anti-Japanese resistance."),
    ("xikou", "溪口", "Xikou", "town", "ningbo", (121.27441, 29.68524), 1789355,
     "heritage mountain buddhist", [SS], "奉化溪口镇，雪窦山脚下。", "Xikou in Fenghua at the foot of Xuedou Mountain."),
    ("zhujiajian", "朱家尖", "Zhujiajian", "island_town", "zhoushan", (122.38881, 29.92228), 1894758,
     "island beach sea", [ZA], "朱家尖岛，沙滩与前往普陀山的码头。", "Zhujiajian island, beaches and the pier for Putuoshan."),
]:
    P(pid, zh, en, kind, city, ll, src, True, th, 120, circ, dzh, den)

for pid, zh, en, city, ll, src, th, circ in [
    ("zhujiajiao", "朱家角", "Zhujiajiao", "shanghai", (121.05696, 31.10757), 1783920, "water_town heritage", [WT]),
    ("jinze", "金泽", "Jinze", "shanghai", (120.9147, 31.03714), 1805307, "water_town heritage buddhist", [WT]),
    ("xitang", "西塘", "Xitang", "jiaxing", (120.88785, 30.94729), 1788297, "water_town heritage", [WT]),
    ("lili", "黎里", "Lili", "suzhou", (120.70686, 30.99409), 1803618, "water_town heritage", [WT]),
    ("nanxun", "南浔", "Nanxun", "huzhou", (120.41994, 30.86902), 1799642, "water_town heritage", [WT]),
    ("wuzhen", "乌镇", "Wuzhen", "jiaxing", (120.4851, 30.74536), 1790848, "water_town heritage", [WT]),
    ("zhouzhuang", "周庄", "Zhouzhuang", "suzhou", (120.84427, 31.11788), 1784074, "water_town heritage", [WT]),
    ("tongli", "同里", "Tongli", "suzhou", (120.71177, 31.16097), 1898493, "water_town heritage garden", [WT]),
]:
    P(pid, zh, en, "water_town", city, ll, src, True, th, 180, circ,
      f"{zh}古镇，江南水乡。", f"{en}, Jiangnan water town.")

# --- scenic areas ---
for pid, zh, en, city, ll, src, lodg, th, visit, circ, dzh, den in [
    ("langshan", "狼山", "Langshan", "nantong", (120.88565, 31.95686), 1804514, False, "mountain buddhist", 150, [JH],
     "南通狼山，长江边五山之首。", "Langshan, the riverside hill of Nantong, a Buddhist site over the Yangtze."),
    ("dongtan", "东滩湿地", "Dongtan Wetland", "shanghai", (121.935, 31.508), K, True, "wetland island", 180, [JH],
     "崇明东滩湿地公园，候鸟栖息地。", "Chongming Dongtan wetland park, a migratory-bird reserve."),
    ("tianmu-lake", "天目湖", "Tianmu Lake", "changzhou", (119.436, 31.300), K, True, "lake mountain tea", 240, [MT],
     "溧阳天目湖旅游度假区。", "Tianmu Lake resort in Liyang."),
    ("nanshan-bamboo-sea", "南山竹海", "Nanshan Bamboo Sea", "changzhou", (119.468, 31.252), K, True, "bamboo mountain", 240, [MT],
     "溧阳南山竹海，天目山余脉的万亩竹林。", "Nanshan Bamboo Sea in Liyang, a vast bamboo forest on the northern Tianmu foothills."),
    ("yixing-bamboo-sea", "宜兴竹海", "Yixing Bamboo Sea", "wuxi", (119.728, 31.148), K, True, "bamboo mountain", 180, [MT],
     "宜兴湖㳇竹海风景区，苏浙皖三省交界。", "Yixing Bamboo Sea at Hufu, where Jiangsu, Zhejiang and Anhui meet."),
    ("tianhuangping", "天荒坪", "Tianhuangping", "huzhou", (119.600, 30.470), K, True, "mountain bamboo", 180, [MA],
     "安吉天荒坪，天目山北支的江南天池与竹海。", "Tianhuangping in Anji: the mountain-top 'Jiangnan Tianchi' lake and bamboo forests of the northern Tianmu range."),
    ("longwangshan", "龙王山", "Longwang Mountain", "huzhou", (119.430, 30.400), K, False, "mountain", 240, [MA],
     "安吉龙王山，天目山北麓，黄浦江源头。", "Longwang Mountain in Anji, northern Tianmu range and source of the Huangpu River."),
    ("simingshan", "四明山", "Siming Mountain", "ningbo", (121.11021, 29.73589), 1794191, True, "mountain red_culture", 240, [SS],
     "余姚四明山镇与四明山国家森林公园。", "Simingshan town and the Siming Mountain national forest park in Yuyao."),
    ("putuoshan", "普陀山", "Putuoshan", "zhoushan", (122.38047, 29.98657), 1894694, True, "buddhist island sea", 480, [ZA],
     "普陀山，观音道场，只能乘船到达。", "Putuoshan, the island sanctuary of Guanyin, reached only by boat."),
    ("xishan", "西山（金庭）", "Xishan Island (Jinting)", "suzhou", (120.30542, 31.13454), 8540497, True, "lake island countryside", 240, [TY],
     "太湖西山岛，经太湖大桥与陆地相连。", "Xishan, the largest island in Taihu, linked to land by the Taihu bridge."),
    ("dongshan", "东山", "Dongshan", "suzhou", (120.40278, 31.08264), 1812211, True, "lake countryside heritage", 180, [TY],
     "苏州东山半岛，古村与碧螺春茶。", "Dongshan peninsula, old villages and Biluochun tea."),
    ("lingshan-buddha", "灵山大佛", "Lingshan Grand Buddha", "wuxi", (120.097, 31.427), K, False, "buddhist lake", 240, [TY],
     "无锡马山灵山胜境。", "Lingshan Buddhist scenic area on the Mashan peninsula, Wuxi."),
    ("yuantouzhu", "鼋头渚", "Yuantouzhu", "wuxi", (120.222, 31.525), K, False, "lake garden", 180, [TY],
     "无锡鼋头渚，太湖第一名胜。", "Yuantouzhu, Wuxi's famous Taihu headland."),
    ("moganshan", "莫干山", "Moganshan", "huzhou", (119.867, 30.607), K, True, "mountain bamboo countryside", 240, [MA],
     "德清莫干山避暑胜地。", "Moganshan hill resort in Deqing."),
    ("dongqian-lake", "东钱湖", "Dongqian Lake", "ningbo", (121.637, 29.775), K, True, "lake heritage", 180, [SS],
     "宁波东钱湖。", "Dongqian Lake, Ningbo."),
]:
    P(pid, zh, en, "scenic_area", city, ll, src, lodg, th, visit, circ, dzh, den)

# --- rail and metro stations ---
for pid, zh, en, city, ll, circ in [
    ("shanghai-hongqiao-station", "上海虹桥站", "Shanghai Hongqiao Station", "shanghai", (121.3161, 31.1963), [SM]),
    ("shanghai-station", "上海站", "Shanghai Railway Station", "shanghai", (121.4556, 31.2500), [SM]),
    ("shanghai-south-station", "上海南站", "Shanghai South Station", "shanghai", (121.4297, 31.1545), [SM]),
    ("songjiang-south-station", "松江南站（上海松江站）", "Songjiang South (Shanghai Songjiang) Station", "shanghai", (121.231, 30.983), [SM]),
    ("jinshanwei-station", "金山卫站", "Jinshanwei Station", "shanghai", (121.3115, 30.7365), [WT]),
    ("anting-north-station", "安亭北站", "Anting North Station", "shanghai", (121.160, 31.310), [SM]),
    ("liantang-station", "练塘站", "Liantang Station", "shanghai", (121.022, 31.003), [WT]),
    ("xicen-station", "西岑站（水乡客厅）", "Xicen Station (Water Town Parlour)", "shanghai", (120.933, 31.063), [WT]),
    ("baoshan-station", "宝山站（北沿江高铁）", "Baoshan Station (North-Yangtze HSR)", "shanghai", (121.385, 31.445), [SM]),
    ("chongming-station", "崇明站（北沿江高铁）", "Chongming Station (North-Yangtze HSR)", "shanghai", (121.478, 31.668), [JH]),
    ("jinji-road-station", "金吉路站（崇明线）", "Jinji Road Station (Chongming Line)", "shanghai", (121.616, 31.276), [SM]),
    ("gangcheng-road-station", "港城路站", "Gangcheng Road Station (Metro Line 6)", "shanghai", (121.578, 31.350), [SM]),
    ("suzhou-station", "苏州站", "Suzhou Railway Station", "suzhou", (120.6088, 31.3305), [TY]),
    ("suzhou-north-station", "苏州北站", "Suzhou North Station", "suzhou", (120.6395, 31.4180), [TY]),
    ("suzhou-south-station", "苏州南站", "Suzhou South Station", "suzhou", (120.752, 30.978), [WT]),
    ("shengze-station", "盛泽站", "Shengze Station", "suzhou", (120.642, 30.884), [WT]),
    ("kunshan-south-station", "昆山南站", "Kunshan South Station", "suzhou", (120.9500, 31.3714), [WT]),
    ("changshu-station", "常熟站", "Changshu Station", "suzhou", (120.796, 31.628), [TY]),
    ("taicang-station", "太仓站", "Taicang Station", "suzhou", (121.115, 31.480), [JH]),
    ("zhangjiagang-station", "张家港站", "Zhangjiagang Station", "suzhou", (120.515, 31.847), [JH]),
    ("wuxi-station", "无锡站", "Wuxi Railway Station", "wuxi", (120.303, 31.5867), [TY]),
    ("wuxi-east-station", "无锡东站", "Wuxi East Station", "wuxi", (120.449, 31.590), [TY]),
    ("jiangyin-station", "江阴站", "Jiangyin Station", "wuxi", (120.277, 31.862), [JH]),
    ("yixing-station", "宜兴站", "Yixing Station", "wuxi", (119.866, 31.378), [MT]),
    ("changzhou-station", "常州站", "Changzhou Railway Station", "changzhou", (119.967, 31.786), [MT]),
    ("changzhou-north-station", "常州北站", "Changzhou North Station", "changzhou", (119.976, 31.8625), [MT]),
    ("liyang-station", "溧阳站", "Liyang Station", "changzhou", (119.506, 31.447), [MT]),
    ("nantong-station", "南通站", "Nantong Railway Station", "nantong", (120.8395, 32.0585), [JH]),
    ("haimen-station", "海门站", "Haimen Station", "nantong", (121.165, 31.935), [JH]),
    ("qidong-station", "启东站", "Qidong Station", "nantong", (121.628, 31.832), [JH]),
    ("rugao-station", "如皋站", "Rugao Station", "nantong", (120.560, 32.395), [JH]),
    ("haian-station", "海安站", "Haian Station", "nantong", (120.430, 32.545), [JH]),
    ("huzhou-station", "湖州站", "Huzhou Railway Station", "huzhou", (120.060, 30.8945), [MA, TY]),
    ("huzhou-east-station", "湖州东站", "Huzhou East Station", "huzhou", (120.178, 30.856), [MA, TY]),
    ("nanxun-station", "湖州南浔站", "Huzhou Nanxun Station", "huzhou", (120.428, 30.842), [WT]),
    ("changxing-station", "长兴站", "Changxing Station", "huzhou", (119.894, 31.000), [MA, TY]),
    ("anji-station", "安吉站", "Anji Station", "huzhou", (119.707, 30.672), [MA]),
    ("deqing-station", "德清站", "Deqing Station", "huzhou", (120.044, 30.566), [MA]),
    ("jiaxing-station", "嘉兴站", "Jiaxing Railway Station", "jiaxing", (120.7445, 30.7625), [WT]),
    ("jiaxing-south-station", "嘉兴南站", "Jiaxing South Station", "jiaxing", (120.812, 30.7075), [WT]),
    ("jiashan-south-station", "嘉善南站", "Jiashan South Station", "jiaxing", (120.9395, 30.8335), [WT]),
    ("tongxiang-station", "桐乡站", "Tongxiang Station", "jiaxing", (120.528, 30.590), [WT]),
    ("haining-west-station", "海宁西站", "Haining West Station", "jiaxing", (120.475, 30.435), [WT]),
    ("haiyan-station", "海盐站（通苏嘉甬）", "Haiyan Station (Tongsujiayong)", "jiaxing", (120.905, 30.512), [WT]),
    ("yuyao-north-station", "余姚北站", "Yuyao North Station", "ningbo", (121.157, 30.083), [SS]),
    ("cixi-station", "慈溪站（通苏嘉甬）", "Cixi Station (Tongsujiayong)", "ningbo", (121.235, 30.205), [SS]),
    ("ningbo-station", "宁波站", "Ningbo Railway Station", "ningbo", (121.5424, 29.8633), [SS]),
    ("fenghua-station", "奉化站", "Fenghua Station", "ningbo", (121.392, 29.648), [SS]),
    ("ninghai-station", "宁海站", "Ninghai Station", "ningbo", (121.408, 29.316), [XC]),
    ("xiangshan-station", "象山站（市域铁路象山线）", "Xiangshan Station (Xiangshan Line)", "ningbo", (121.852, 29.497), [XC]),
]:
    ST(pid, zh, en, city, ll, circ)

# --- piers and ferry terminals ---
for pid, zh, en, city, ll, circ, kind in [
    ("baoyang-road-ferry-terminal", "宝杨路码头（吴淞）", "Baoyang Road Ferry Terminal (Wusong)", "shanghai", (121.5035, 31.3945), [SM], "ferry_terminal"),
    ("shidongkou-ferry-terminal", "石洞口码头", "Shidongkou Ferry Terminal", "shanghai", (121.400, 31.455), [SM], "ferry_terminal"),
    ("nanmen-ferry-terminal", "南门港码头", "Nanmen Ferry Terminal (Chongming)", "shanghai", (121.392, 31.614), [JH], "ferry_terminal"),
    ("baozhen-pier", "堡镇港码头", "Baozhen Pier (Chongming)", "shanghai", (121.611, 31.522), [JH], "pier"),
    ("majiagang-pier", "马家港码头", "Majiagang Pier (Changxing Island)", "shanghai", (121.690, 31.378), [JH], "pier"),
    ("hengsha-pier", "横沙码头", "Hengsha Pier", "shanghai", (121.826, 31.308), [JH], "pier"),
    ("shenjiawan-ferry-terminal", "沈家湾客运码头（小洋山）", "Shenjiawan Ferry Terminal (Xiaoyangshan)", "zhoushan", (122.058, 30.594), [SI], "ferry_terminal"),
    ("lizhushan-ferry-terminal", "李柱山客运码头（泗礁）", "Lizhushan Ferry Terminal (Sijiao, Shengsi)", "zhoushan", (122.428, 30.712), [SI], "ferry_terminal"),
    ("huaniao-pier", "花鸟岛码头", "Huaniao Pier", "zhoushan", (122.673, 30.847), [SI], "pier"),
    ("gouqi-pier", "枸杞岛码头", "Gouqi Pier", "zhoushan", (122.760, 30.708), [SI], "pier"),
    ("shengshan-pier", "嵊山岛码头", "Shengshan Pier", "zhoushan", (122.796, 30.712), [SI], "pier"),
    ("wugongzhi-pier", "蜈蚣峙码头（朱家尖）", "Wugongzhi Pier (Zhujiajian)", "zhoushan", (122.404, 29.950), [ZA], "pier"),
    ("banshengdong-pier", "半升洞码头（沈家门）", "Banshengdong Pier (Shenjiamen)", "zhoushan", (122.318, 29.952), [ZA], "pier"),
    ("putuoshan-pier", "普陀山客运码头", "Putuoshan Passenger Pier", "zhoushan", (122.383, 29.977), [ZA], "pier"),
    ("sanjiang-ferry-terminal", "三江客运码头（定海）", "Sanjiang Ferry Terminal (Dinghai)", "zhoushan", (122.115, 30.138), [ZA], "ferry_terminal"),
    ("daishan-pier", "岱山高亭码头", "Daishan Gaoting Pier", "zhoushan", (122.196, 30.243), [ZA], "pier"),
    ("qushan-pier", "衢山码头", "Qushan Pier", "zhoushan", (122.300, 30.430), [ZA], "pier"),
    ("baifeng-pier", "白峰码头", "Baifeng Pier (Beilun)", "ningbo", (122.085, 29.860), [ZA], "pier"),
    ("liuheng-pier", "六横码头", "Liuheng Pier", "zhoushan", (122.090, 29.785), [ZA], "pier"),
    ("shipu-pier", "石浦港码头", "Shipu Harbour Pier", "ningbo", (121.955, 29.200), [XC], "pier"),
]:
    PIER(pid, zh, en, city, ll, circ, kind)
# Tantoushan island (Xiangshan), reached only by boat from Shipu; the island is absent
# from Natural Earth 1:10m.
P("tantoushan-pier", "檀头山岛码头", "Tantoushan Island Pier", "pier", "ningbo", (122.020, 29.178), K, True,
  "island beach sea", 180, [XC], "象山檀头山岛码头，岛上有沙滩与渔村。",
  "Pier of Tantoushan island off Shipu, with beaches and a fishing village.")


# ---------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------
def _load_main():
    if not os.path.exists(PLACES_MAIN):
        return {}
    try:
        d = json.load(open(PLACES_MAIN, encoding="utf-8"))
    except Exception:
        return {}
    return {f["properties"]["id"]: f for f in d["features"]}


MAIN = _load_main()


def coord(pid):
    if pid in MAIN:
        c = MAIN[pid]["geometry"]["coordinates"]
        return (c[0], c[1])
    return PLACES[pid]["_ll"]


def hav(a, b):
    """Great-circle distance in km (mean radius); used only for densifying."""
    R = 6371.0088
    lo1, la1, lo2, la2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


def densify(pts, max_km):
    out = [pts[0]]
    for a, b in zip(pts, pts[1:]):
        n = max(1, math.ceil(hav(a, b) / max_km))
        for i in range(1, n + 1):
            t = i / n
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def line(frm, to, via, max_km):
    pts = [coord(frm)] + list(via) + [coord(to)]
    pts = densify(pts, max_km)
    res = []
    for p in pts:
        q = [round(p[0], 5), round(p[1], 5)]
        if not res or q != res[-1]:
            res.append(q)
    return res


def place_feature(pid):
    if pid in MAIN:
        return MAIN[pid]
    p = {k: v for k, v in PLACES[pid].items() if k != "_ll"}
    lon, lat = PLACES[pid]["_ll"]
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": p}


def dump(path, feats):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n'
                 + ",\n".join(json.dumps(f, ensure_ascii=False) for f in feats) + "\n]}\n")


def write_places(used_ids):
    """Staging file: every place used by scenic rail or connectors."""
    old = {}
    if os.path.exists(STAGING):
        try:
            old = {f["properties"]["id"]: f for f in json.load(open(STAGING, encoding="utf-8"))["features"]}
        except Exception:
            old = {}
    ids = set(old) | set(used_ids)
    feats = [place_feature(i) if (i in PLACES or i in MAIN) else old[i] for i in sorted(ids)]
    dump(STAGING, feats)


# ---------------------------------------------------------------------------
# Scenic rail segments.  (id, corridor, also, zh, en, from, to, phase, mode, rail_kind, via)
# via: intermediate real waypoints (lon, lat) along the line, from -> to.
# ---------------------------------------------------------------------------
ST_TRAIN = ("scenic_train", "sightseeing_train")
MTN = ("mountain_railway", "mountain_railway")
CAB = ("cableway", "cableway")

RAIL = [
    # ===== Around-Taihu Scenic Line: Suzhou - Wuxi (Shanghai-Nanjing intercity),
    # Wuxi - Yixing - Changxing (Xinyi-Changxing railway along the west shore of Taihu),
    # Changxing - Huzhou (Nanjing-Hangzhou HSR), Yixing - Liyang (Nanjing-Hangzhou HSR).
    ("sr-around-taihu-01", "around-taihu-scenic-line", ["core-taihu"],
     "环太湖风光线（苏州—无锡）", "Around-Taihu Scenic Line (Suzhou - Wuxi)",
     "suzhou-station", "wuxi-station", "2025", ST_TRAIN,
     [(120.570, 31.345), (120.530, 31.362), (120.490, 31.392), (120.450, 31.430),
      (120.410, 31.470), (120.375, 31.510), (120.345, 31.548)]),
    ("sr-around-taihu-02", "around-taihu-scenic-line", ["core-taihu"],
     "环太湖风光线（无锡—宜兴）", "Around-Taihu Scenic Line (Wuxi - Yixing)",
     "wuxi-station", "yixing-station", "2025", ST_TRAIN,
     [(120.260, 31.598), (120.200, 31.600), (120.165, 31.570), (120.140, 31.530),
      (120.095, 31.515), (120.045, 31.497), (119.990, 31.462), (119.930, 31.420)]),
    ("sr-around-taihu-03", "around-taihu-scenic-line", ["core-taihu"],
     "环太湖风光线（宜兴—长兴）", "Around-Taihu Scenic Line (Yixing - Changxing)",
     "yixing-station", "changxing-station", "2025", ST_TRAIN,
     [(119.860, 31.320), (119.852, 31.258), (119.862, 31.190), (119.875, 31.120),
      (119.885, 31.055)]),
    ("sr-around-taihu-04", "around-taihu-scenic-line", ["core-taihu"],
     "环太湖风光线（长兴—湖州）", "Around-Taihu Scenic Line (Changxing - Huzhou)",
     "changxing-station", "huzhou-station", "2025", ST_TRAIN,
     [(119.930, 30.975), (119.985, 30.940), (120.030, 30.910)]),
    ("sr-around-taihu-05", "around-taihu-scenic-line", [],
     "环太湖风光线（宜兴—溧阳）", "Around-Taihu Scenic Line (Yixing - Liyang)",
     "yixing-station", "liyang-station", "2025", ST_TRAIN,
     [(119.790, 31.395), (119.720, 31.410), (119.640, 31.425), (119.570, 31.440)]),
    # ===== Taihu South Shore Scenic Line: Shanghai-Suzhou-Huzhou HSR (opened 26 Dec 2024).
    ("sr-taihu-south-01", "taihu-south-shore-scenic-line", ["core-taihu"],
     "太湖南岸风光线（湖州—湖州东）", "Taihu South Shore Scenic Line (Huzhou - Huzhou East)",
     "huzhou-station", "huzhou-east-station", "2025", ST_TRAIN,
     [(120.100, 30.885), (120.140, 30.868)]),
    ("sr-taihu-south-02", "taihu-south-shore-scenic-line", ["core-taihu"],
     "太湖南岸风光线（湖州东—南浔）", "Taihu South Shore Scenic Line (Huzhou East - Nanxun)",
     "huzhou-east-station", "nanxun-station", "2025", ST_TRAIN,
     [(120.240, 30.853), (120.300, 30.850), (120.365, 30.846)]),
    ("sr-taihu-south-03", "taihu-south-shore-scenic-line", ["core-taihu"],
     "太湖南岸风光线（南浔—盛泽）", "Taihu South Shore Scenic Line (Nanxun - Shengze)",
     "nanxun-station", "shengze-station", "2025", ST_TRAIN,
     [(120.490, 30.852), (120.550, 30.866), (120.600, 30.876)]),
    ("sr-taihu-south-04", "taihu-south-shore-scenic-line", [],
     "太湖南岸风光线（盛泽—苏州南）", "Taihu South Shore Scenic Line (Shengze - Suzhou South)",
     "shengze-station", "suzhou-south-station", "2025", ST_TRAIN,
     [(120.690, 30.925), (120.725, 30.955)]),
    ("sr-taihu-south-05", "taihu-south-shore-scenic-line", [],
     "太湖南岸风光线（苏州南—练塘）", "Taihu South Shore Scenic Line (Suzhou South - Liantang)",
     "suzhou-south-station", "liantang-station", "2025", ST_TRAIN,
     [(120.820, 30.988), (120.890, 30.996), (120.960, 31.000)]),
    ("sr-taihu-south-06", "taihu-south-shore-scenic-line", [],
     "太湖南岸风光线（练塘—松江）", "Taihu South Shore Scenic Line (Liantang - Songjiang)",
     "liantang-station", "songjiang-south-station", "2025", ST_TRAIN,
     [(121.090, 30.995), (121.160, 30.988)]),
    ("sr-taihu-south-07", "taihu-south-shore-scenic-line", [],
     "太湖南岸风光线（松江—上海虹桥）", "Taihu South Shore Scenic Line (Songjiang - Shanghai Hongqiao)",
     "songjiang-south-station", "shanghai-hongqiao-station", "2025", ST_TRAIN,
     [(121.250, 31.030), (121.270, 31.080), (121.290, 31.130), (121.305, 31.170)]),
    # ===== Water Town Scenic Line: Metro Line 17 (Hongqiao - Zhujiajiao - Xicen, Xicen opened
    # 30 Nov 2024); Shanghai-Suzhou-Jiaxing intercity (Xicen/Water Town Parlour - Xitang -
    # Jiashan, under construction); "G50 water-town tourism line" (Xicen - Lili - Shengze -
    # Nanxun - Wuzhen - Tongxiang, named in the Demonstration Zone plans, not started).
    ("sr-water-town-01", "water-town-scenic-line", [],
     "水乡风光线（上海虹桥—朱家角）", "Water Town Scenic Line (Shanghai Hongqiao - Zhujiajiao)",
     "shanghai-hongqiao-station", "zhujiajiao", "2025", ST_TRAIN,
     [(121.280, 31.185), (121.235, 31.170), (121.192, 31.158), (121.150, 31.152),
      (121.112, 31.148), (121.075, 31.128)]),
    ("sr-water-town-02", "water-town-scenic-line", [],
     "水乡风光线（朱家角—西岑）", "Water Town Scenic Line (Zhujiajiao - Xicen)",
     "zhujiajiao", "xicen-station", "2025", ST_TRAIN,
     [(121.020, 31.100), (120.985, 31.085), (120.955, 31.070)]),
    ("sr-water-town-03", "water-town-scenic-line", [],
     "水乡风光线（西岑—西塘）", "Water Town Scenic Line (Xicen - Xitang)",
     "xicen-station", "xitang", "2035", ST_TRAIN,
     [(120.925, 31.035), (120.915, 31.005), (120.900, 30.975)]),
    ("sr-water-town-04", "water-town-scenic-line", [],
     "水乡风光线（西塘—嘉善南）", "Water Town Scenic Line (Xitang - Jiashan South)",
     "xitang", "jiashan-south-station", "2035", ST_TRAIN,
     [(120.900, 30.915), (120.915, 30.880), (120.930, 30.855)]),
    ("sr-water-town-05", "water-town-scenic-line", [],
     "水乡风光线（西岑—黎里）", "Water Town Scenic Line (Xicen - Lili)",
     "xicen-station", "lili", "2050", ST_TRAIN,
     [(120.895, 31.045), (120.850, 31.025), (120.800, 31.010), (120.750, 31.000)]),
    ("sr-water-town-06", "water-town-scenic-line", [],
     "水乡风光线（黎里—盛泽）", "Water Town Scenic Line (Lili - Shengze)",
     "lili", "shengze-station", "2050", ST_TRAIN,
     [(120.690, 30.960), (120.670, 30.920)]),
    ("sr-water-town-07", "water-town-scenic-line", [],
     "水乡风光线（盛泽—南浔）", "Water Town Scenic Line (Shengze - Nanxun)",
     "shengze-station", "nanxun", "2050", ST_TRAIN,
     [(120.590, 30.895), (120.530, 30.890), (120.470, 30.880)]),
    ("sr-water-town-08", "water-town-scenic-line", [],
     "水乡风光线（南浔—乌镇）", "Water Town Scenic Line (Nanxun - Wuzhen)",
     "nanxun", "wuzhen", "2050", ST_TRAIN,
     [(120.440, 30.835), (120.460, 30.795), (120.475, 30.765)]),
    ("sr-water-town-09", "water-town-scenic-line", [],
     "水乡风光线（乌镇—桐乡）", "Water Town Scenic Line (Wuzhen - Tongxiang)",
     "wuzhen", "tongxiang-station", "2050", ST_TRAIN,
     [(120.495, 30.705), (120.510, 30.660), (120.520, 30.620)]),
    # ===== Cross-Bay Coastal Scenic Line: Jinshan railway (Shanghai South - Jinshanwei,
    # existing); Tongsujiayong railway Jiaxing - Haiyan - Hangzhou Bay rail bridge - Cixi -
    # Ningbo (under construction); Ningbo municipal railway Xiangshan Line with the
    # Xiangshan Harbour rail bridge (under construction).
    ("sr-cross-bay-01", "cross-bay-coastal-scenic-line", [],
     "跨湾沿海风光线（上海南—金山卫）", "Cross-Bay Coastal Scenic Line (Shanghai South - Jinshanwei)",
     "shanghai-south-station", "jinshanwei-station", "2025", ST_TRAIN,
     [(121.415, 31.120), (121.395, 31.070), (121.380, 31.020), (121.370, 30.965),
      (121.355, 30.910), (121.340, 30.860), (121.330, 30.810), (121.318, 30.770)]),
    ("sr-cross-bay-02", "cross-bay-coastal-scenic-line", [],
     "跨湾沿海风光线（嘉兴南—海盐）", "Cross-Bay Coastal Scenic Line (Jiaxing South - Haiyan)",
     "jiaxing-south-station", "haiyan-station", "2035", ST_TRAIN,
     [(120.830, 30.660), (120.855, 30.610), (120.880, 30.560)]),
    ("sr-cross-bay-03", "cross-bay-coastal-scenic-line", [],
     "跨湾沿海风光线（海盐—杭州湾跨海铁路大桥—慈溪）",
     "Cross-Bay Coastal Scenic Line (Haiyan - Hangzhou Bay rail bridge - Cixi)",
     "haiyan-station", "cixi-station", "2035", ST_TRAIN,
     [(120.915, 30.465), (120.925, 30.420), (120.940, 30.385), (120.958, 30.340),
      (120.975, 30.295), (120.992, 30.250), (121.010, 30.212), (121.060, 30.200),
      (121.120, 30.200), (121.180, 30.203)]),
    ("sr-cross-bay-04", "cross-bay-coastal-scenic-line", [],
     "跨湾沿海风光线（慈溪—宁波）", "Cross-Bay Coastal Scenic Line (Cixi - Ningbo)",
     "cixi-station", "ningbo-station", "2035", ST_TRAIN,
     [(121.290, 30.160), (121.350, 30.100), (121.410, 30.040), (121.450, 29.985),
      (121.500, 29.945), (121.530, 29.905)]),
    ("sr-cross-bay-05", "cross-bay-coastal-scenic-line", [],
     "跨湾沿海风光线（宁波—象山港跨海铁路大桥—象山）",
     "Cross-Bay Coastal Scenic Line (Ningbo - Xiangshan Harbour rail bridge - Xiangshan)",
     "ningbo-station", "xiangshan-station", "2035", ST_TRAIN,
     [(121.560, 29.810), (121.590, 29.770), (121.640, 29.745), (121.700, 29.720),
      (121.755, 29.695), (121.775, 29.665), (121.782, 29.630), (121.790, 29.596),
      (121.815, 29.575), (121.845, 29.556), (121.852, 29.530)]),
    # ===== River-and-Sea Scenic Line: Ningqi railway Nantong - Haimen - Qidong (passenger
    # service since 2019/2020); North-Yangtze HSR Baoshan - Chongming - Haimen (under
    # construction); Shanghai Metro Chongming Line Jinji Road - Changxing Island - Chenjia
    # (under construction); Langshan spur (Nantong rail transit corridor, planned).
    ("sr-river-sea-01", "river-sea-scenic-line", ["core-langshan"],
     "江海风光线（南通—狼山）", "River-and-Sea Scenic Line (Nantong - Langshan)",
     "nantong-station", "langshan", "2035", ST_TRAIN,
     [(120.850, 32.035), (120.865, 32.010), (120.878, 31.985)]),
    ("sr-river-sea-02", "river-sea-scenic-line", [],
     "江海风光线（南通—海门）", "River-and-Sea Scenic Line (Nantong - Haimen)",
     "nantong-station", "haimen-station", "2025", ST_TRAIN,
     [(120.900, 32.060), (120.960, 32.045), (121.020, 32.015), (121.075, 31.985),
      (121.120, 31.958)]),
    ("sr-river-sea-03", "river-sea-scenic-line", [],
     "江海风光线（海门—启东）", "River-and-Sea Scenic Line (Haimen - Qidong)",
     "haimen-station", "qidong-station", "2025", ST_TRAIN,
     [(121.230, 31.925), (121.300, 31.910), (121.380, 31.893), (121.460, 31.873),
      (121.540, 31.852)]),
    ("sr-river-sea-04", "river-sea-scenic-line", ["core-chongming"],
     "江海风光线（宝山—崇明）", "River-and-Sea Scenic Line (Baoshan - Chongming)",
     "baoshan-station", "chongming-station", "2035", ST_TRAIN,
     [(121.400, 31.490), (121.420, 31.540), (121.440, 31.590), (121.460, 31.630)]),
    ("sr-river-sea-05", "river-sea-scenic-line", ["core-chongming"],
     "江海风光线（崇明—海门）", "River-and-Sea Scenic Line (Chongming - Haimen)",
     "chongming-station", "haimen-station", "2035", ST_TRAIN,
     [(121.440, 31.710), (121.380, 31.760), (121.320, 31.810), (121.260, 31.860),
      (121.210, 31.900)]),
    ("sr-river-sea-06", "river-sea-scenic-line", ["core-chongming"],
     "江海风光线（金吉路—长兴岛）", "River-and-Sea Scenic Line (Jinji Road - Changxing Island)",
     "jinji-road-station", "changxing-island", "2035", ST_TRAIN,
     [(121.640, 31.310), (121.665, 31.345), (121.690, 31.375)]),
    ("sr-river-sea-07", "river-sea-scenic-line", ["core-chongming"],
     "江海风光线（长兴岛—陈家镇）", "River-and-Sea Scenic Line (Changxing Island - Chenjia)",
     "changxing-island", "chenjia", "2035", ST_TRAIN,
     [(121.725, 31.420), (121.760, 31.450), (121.790, 31.480), (121.815, 31.505)]),
    # ===== Bamboo Sea Scenic Line (new mountain railway): Liyang station (Nanjing-Hangzhou
    # HSR hub) - Tianmu Lake - Nanshan Bamboo Sea; 2050 ridge extension to Yixing Bamboo Sea.
    ("sr-bamboo-sea-01", "bamboo-sea-scenic-line", ["core-tianmushan"],
     "竹海风光线（溧阳站—天目湖）", "Bamboo Sea Scenic Line (Liyang Station - Tianmu Lake)",
     "liyang-station", "tianmu-lake", "2035", MTN,
     [(119.498, 31.410), (119.480, 31.375), (119.460, 31.345), (119.442, 31.320)]),
    ("sr-bamboo-sea-02", "bamboo-sea-scenic-line", ["core-tianmushan"],
     "竹海风光线（天目湖—南山竹海）", "Bamboo Sea Scenic Line (Tianmu Lake - Nanshan Bamboo Sea)",
     "tianmu-lake", "nanshan-bamboo-sea", "2035", MTN,
     [(119.445, 31.285), (119.455, 31.268)]),
    ("sr-bamboo-sea-03", "bamboo-sea-scenic-line", ["core-tianmushan"],
     "竹海风光线（南山竹海—宜兴竹海）", "Bamboo Sea Scenic Line (Nanshan Bamboo Sea - Yixing Bamboo Sea)",
     "nanshan-bamboo-sea", "yixing-bamboo-sea", "2050", MTN,
     [(119.510, 31.230), (119.560, 31.200), (119.600, 31.180), (119.650, 31.165),
      (119.690, 31.155)]),
    # ===== Tianmu Mountain Scenic Line (new mountain railway + cableway): Anji station
    # (Shangqiu-Hefei-Hangzhou HSR) - Tianhuangping - Longwang Mountain (Tianmu range, Anji).
    ("sr-tianmushan-01", "tianmushan-scenic-line", ["core-tianmushan"],
     "天目山风光线（安吉站—天荒坪）", "Tianmu Mountain Scenic Line (Anji Station - Tianhuangping)",
     "anji-station", "tianhuangping", "2035", MTN,
     [(119.690, 30.640), (119.672, 30.600), (119.650, 30.565), (119.630, 30.530),
      (119.615, 30.500)]),
    ("sr-tianmushan-02", "tianmushan-scenic-line", ["core-tianmushan"],
     "天目山风光线（天荒坪—龙王山）", "Tianmu Mountain Scenic Line (Tianhuangping - Longwang Mountain)",
     "tianhuangping", "longwangshan", "2050", CAB,
     [(119.560, 30.475), (119.515, 30.480), (119.470, 30.470), (119.420, 30.465),
      (119.385, 30.455), (119.400, 30.425)]),
    # ===== Siming Mountain Scenic Line (new mountain railway): Yuyao North station
    # (Hangzhou-Ningbo HSR) - Liangnong - Siming Mountain; 2050 extension to Xikou (Fenghua).
    ("sr-simingshan-01", "simingshan-scenic-line", ["core-simingshan"],
     "四明山风光线（余姚北站—梁弄）", "Siming Mountain Scenic Line (Yuyao North Station - Liangnong)",
     "yuyao-north-station", "liangnong", "2035", MTN,
     [(121.150, 30.040), (121.130, 30.000), (121.110, 29.965), (121.090, 29.935)]),
    ("sr-simingshan-02", "simingshan-scenic-line", ["core-simingshan"],
     "四明山风光线（梁弄—四明山）", "Siming Mountain Scenic Line (Liangnong - Siming Mountain)",
     "liangnong", "simingshan", "2035", MTN,
     [(121.080, 29.880), (121.085, 29.845), (121.095, 29.805), (121.105, 29.770)]),
    ("sr-simingshan-03", "simingshan-scenic-line", ["core-simingshan"],
     "四明山风光线（四明山—溪口）", "Siming Mountain Scenic Line (Siming Mountain - Xikou)",
     "simingshan", "xikou", "2050", MTN,
     [(121.140, 29.725), (121.175, 29.712), (121.210, 29.700), (121.245, 29.690)]),
]


def build():
    feats = []
    for sid, corr, also, zh, en, frm, to, phase, (mode, rk), via in RAIL:
        props = {"id": sid, "network": "scenic_rail", "corridor": corr}
        if also:
            props["also"] = also
        props.update({"name_zh": zh, "name_en": en, "from": frm, "to": to, "phase": phase,
                      "mode": mode, "rail_kind": rk})
        feats.append({"type": "Feature",
                      "geometry": {"type": "LineString", "coordinates": line(frm, to, via, 9.0)},
                      "properties": props})
    return feats


def used_ids(feats):
    s = set()
    for f in feats:
        s.add(f["properties"]["from"])
        s.add(f["properties"]["to"])
    return s


if __name__ == "__main__":
    feats = build()
    dump(os.path.join(ND, "scenic_rail.geojson"), feats)
    write_places(used_ids(feats))
    print(len(feats), "scenic rail segments")
