"""Authoring script for network_data/places.geojson (deterministic).

Every row of the table below is one place.  `src` is either
  * an int: a GeoNames id; the coordinate is read from the shared gazetteer
    ../shared/data/geonames_cities500_yrd.csv (GeoNames, CC BY 4.0), or
  * a (lat, lon) tuple: a WGS84 coordinate from knowledge of the OSM /
    Wikipedia position of the station, pier or site (never GCJ-02/BD-09).
`county` is the county-level unit; it fixes `city` and the tourism circles
(see COUNTY below and decisions/places.md for the rule).

Run:  .venv/bin/python network_data/authoring/places.py
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GN_CSV = os.environ.get(
    "GEONAMES_CSV",
    os.path.join(os.path.dirname(REPO), "shared", "data", "geonames_cities500_yrd.csv"))
OUT = os.path.join(REPO, "network_data", "places.geojson")

SM, WT, MA, TY, MT, SS = ("shanghai-metropolis", "jiangnan-water-towns", "moganshan-anji",
                          "taihu-yangchenghu", "maoshan-tianmuhu", "sanjiangkou-siming")
JH, SI, ZA, XC = ("jianghai-confluence", "shengsi-islands", "zhoushan-archipelago",
                  "xiangshan-coast")

# county-level unit -> (city, circles).  Circle rule: a circle is the set of
# county-level units whose landscape carries the circle's theme (see decisions).
COUNTY = {
    # Shanghai
    "huangpu": ("shanghai", [SM]), "xuhui": ("shanghai", [SM]), "changning": ("shanghai", [SM]),
    "jingan": ("shanghai", [SM]), "putuo-sh": ("shanghai", [SM]), "hongkou": ("shanghai", [SM]),
    "yangpu": ("shanghai", [SM]), "minhang": ("shanghai", [SM]), "baoshan": ("shanghai", [SM]),
    "pudong": ("shanghai", [SM]), "jiading": ("shanghai", [SM]), "songjiang": ("shanghai", [SM]),
    "fengxian": ("shanghai", [SM]), "qingpu": ("shanghai", [WT]), "jinshan": ("shanghai", [WT]),
    "chongming": ("shanghai", [JH]),
    # Suzhou
    "gusu": ("suzhou", [TY]), "huqiu": ("suzhou", [TY]), "wuzhong": ("suzhou", [TY]),
    "xiangcheng": ("suzhou", [TY]), "sip": ("suzhou", [TY]), "changshu": ("suzhou", [TY]),
    "kunshan": ("suzhou", [WT]), "wujiang": ("suzhou", [WT]),
    "taicang": ("suzhou", [JH]), "zhangjiagang": ("suzhou", [JH]),
    # Wuxi
    "liangxi": ("wuxi", [TY]), "binhu": ("wuxi", [TY]), "xinwu": ("wuxi", [TY]),
    "huishan": ("wuxi", [TY]), "xishan": ("wuxi", [TY]), "jiangyin": ("wuxi", [JH]),
    "yixing": ("wuxi", [MT]),
    # Changzhou
    "changzhou-core": ("changzhou", [MT]), "xinbei": ("changzhou", [MT]),
    "wujin": ("changzhou", [TY]), "jintan": ("changzhou", [MT]), "liyang": ("changzhou", [MT]),
    # Nantong
    "chongchuan": ("nantong", [JH]), "tongzhou": ("nantong", [JH]), "haimen": ("nantong", [JH]),
    "qidong": ("nantong", [JH]), "rudong": ("nantong", [JH]), "rugao": ("nantong", [JH]),
    "haian": ("nantong", [JH]),
    # Jiaxing
    "nanhu": ("jiaxing", [WT]), "xiuzhou": ("jiaxing", [WT]), "jiashan": ("jiaxing", [WT]),
    "pinghu": ("jiaxing", [WT]), "haiyan": ("jiaxing", [WT]), "haining": ("jiaxing", [WT]),
    "tongxiang": ("jiaxing", [WT]),
    # Huzhou
    "wuxing": ("huzhou", [MA, TY]), "nanxun": ("huzhou", [WT]), "deqing": ("huzhou", [MA]),
    "changxing": ("huzhou", [MA, TY]), "anji": ("huzhou", [MA]),
    # Ningbo
    "haishu": ("ningbo", [SS]), "jiangbei": ("ningbo", [SS]), "yinzhou": ("ningbo", [SS]),
    "zhenhai": ("ningbo", [SS]), "beilun": ("ningbo", [SS]), "fenghua": ("ningbo", [SS]),
    "yuyao": ("ningbo", [SS]), "cixi": ("ningbo", [SS]),
    "xiangshan": ("ningbo", [XC]), "ninghai": ("ningbo", [XC]),
    # Zhoushan
    "dinghai": ("zhoushan", [ZA]), "putuo-zs": ("zhoushan", [ZA]), "daishan": ("zhoushan", [ZA]),
    "shengsi": ("zhoushan", [SI]),
}

K = "knowledge"
JIANGNAN_PLAIN = {"shanghai", "suzhou", "wuxi", "changzhou", "jiaxing", "huzhou"}
ROWS = []


def P(pid, zh, en, kind, county, src, lodging=False, themes="", visit=0,
      dzh="", den="", extra=(), note=""):
    """One place. themes: space-separated; extra: additional circles."""
    ROWS.append(dict(id=pid, zh=zh, en=en, kind=kind, county=county, src=src,
                     lodging=lodging, themes=themes.split(), visit=visit,
                     dzh=dzh, den=den, extra=list(extra), note=note))


# --------------------------------------------------------------------------
# 1. City centres
# --------------------------------------------------------------------------
P("shanghai", "上海（人民广场）", "Shanghai (People's Square)", "city_center", "huangpu",
  (31.2318, 121.4735), True, "urban museum", 120,
  "上海市中心人民广场，周边有上海博物馆和南京路步行街。",
  "Central Shanghai at People's Square, next to the Shanghai Museum and Nanjing Road.")
P("suzhou", "苏州（观前街）", "Suzhou (Guanqian Street)", "city_center", "gusu",
  (31.3110, 120.6225), True, "heritage garden canal food", 180,
  "苏州古城中心观前街，园林与水巷环绕。",
  "Centre of Suzhou's old city at Guanqian Street, surrounded by gardens and canals.")
P("wuxi", "无锡", "Wuxi", "city_center", "liangxi", 1790923, True, "urban canal food", 120,
  "无锡市中心，京杭运河穿城而过，是环太湖游的门户。",
  "Central Wuxi on the Grand Canal, gateway to the Taihu shore.")
P("changzhou", "常州", "Changzhou", "city_center", "changzhou-core", 1815456, True,
  "urban canal heritage", 120,
  "常州市中心，运河古城，通往茅山和天目湖的门户。",
  "Central Changzhou, an old canal city and gateway to Maoshan and Tianmu Lake.")
P("nantong", "南通", "Nantong", "city_center", "chongchuan", 1799722, True,
  "urban museum heritage", 120,
  "南通市中心，濠河环绕的江海古城。",
  "Central Nantong, an old river-and-sea city ringed by the Hao River moat.")
P("ningbo", "宁波", "Ningbo", "city_center", "haishu", 1799397, True, "urban heritage food", 120,
  "宁波市中心，三江口畔的港口古城。",
  "Central Ningbo, an old port city at the Sanjiangkou river confluence.")
P("huzhou", "湖州", "Huzhou", "city_center", "wuxing", 1806535, True, "urban lake heritage", 120,
  "湖州市中心，南太湖畔的滨湖旅游城市。",
  "Central Huzhou, a lakeside city on the south shore of Taihu.")
P("jiaxing", "嘉兴", "Jiaxing", "city_center", "nanhu", 1805953, True,
  "urban red_culture canal", 120,
  "嘉兴市中心，南湖红船所在的运河城市。",
  "Central Jiaxing, a canal city and home of the South Lake Red Boat.")
P("zhoushan", "舟山（定海）", "Zhoushan (Dinghai)", "city_center", "dinghai", 1886762, True,
  "island sea heritage food", 120,
  "舟山市中心定海古城，海岛城市。",
  "Dinghai, the old town and centre of the island city of Zhoushan.")

# --------------------------------------------------------------------------
# 2. County seats, district seats, new cities
# --------------------------------------------------------------------------
CS = "county_seat"
P("jiading", "嘉定", "Jiading", CS, "jiading", 1806508, True, "heritage urban", 90,
  "嘉定新城与老城，孔庙和汇龙潭所在。", "Jiading new city and old town with its Confucian temple.")
P("songjiang", "松江", "Songjiang", CS, "songjiang", 1794035, True, "heritage urban", 90,
  "松江新城，上海之根，佘山度假区的门户。",
  "Songjiang new city, the 'root of Shanghai' and gateway to Sheshan.")
P("qingpu", "青浦", "Qingpu", CS, "qingpu", 1797798, True, "water_town urban", 60,
  "青浦新城，淀山湖和朱家角的门户。", "Qingpu new city, gateway to Dianshan Lake and Zhujiajiao.")
P("fengxian", "奉贤（南桥）", "Fengxian (Nanqiao)", CS, "fengxian", 13608002, True, "urban", 60,
  "奉贤新城南桥，通往杭州湾海岸的门户。", "Fengxian new city at Nanqiao, gateway to the Hangzhou Bay shore.")
P("jinshan", "金山（石化）", "Jinshan (Shihua)", CS, "jinshan", (30.7418, 121.3414), True,
  "sea urban", 60, "金山区政府所在的石化街道，靠近金山城市沙滩。",
  "Shihua, seat of Jinshan district, next to the Jinshan city beach.",
  extra=[SM], note="GeoNames 13608000 is the district centroid near Tinglin, not the seat")
P("nanhui", "南汇（惠南）", "Nanhui (Huinan)", CS, "pudong", (31.0510, 121.7580), True,
  "urban countryside", 45, "南汇新城惠南镇，浦东南部的老县城。",
  "Huinan, the old Nanhui county seat in southern Pudong.")
P("lingang", "临港（滴水湖）", "Lingang (Dishui Lake)", CS, "pudong", (30.9080, 121.9160), True,
  "lake sea urban", 120, "临港新片区主城，环绕滴水湖而建。",
  "Lingang new area main city, built around Dishui Lake.")
P("chengqiao", "城桥（崇明）", "Chengqiao (Chongming)", CS, "chongming", 1814915, True,
  "island countryside", 60, "崇明区政府所在地城桥镇，崇明岛的门户。",
  "Chengqiao, seat of Chongming district and gateway to the island.")
P("baoshan", "宝山", "Baoshan", CS, "baoshan", (31.4000, 121.4850), True, "urban", 45,
  "宝山区中心，临近长江口和吴淞口。", "Baoshan district centre near the Yangtze mouth and Wusongkou.",
  extra=[JH], note="GeoNames 1816917 (31.408, 121.490) falls 0.7 km off the Natural Earth coast; moved 1 km inland to Youyi Road")
P("kunshan", "昆山", "Kunshan", CS, "kunshan", 1785623, True, "urban water_town", 90,
  "昆山市区，亭林园和昆曲的故乡。", "Kunshan city, home of Kunqu opera and Tinglin Park.")
P("changshu", "常熟", "Changshu", CS, "changshu", (31.6530, 120.7480), True,
  "heritage mountain lake", 120, "常熟古城，虞山脚下，十里青山半入城。",
  "Changshu old town at the foot of Yushan, where the hill reaches into the city.",
  note="GeoNames 6685841 (Yushan town) sits 5 km east of the old town")
P("taicang", "太仓", "Taicang", CS, "taicang", 1793703, True, "urban heritage", 60,
  "太仓城区，郑和下西洋起锚地所在的江海城市。",
  "Taicang, the river port city from which Zheng He's fleets set sail.")
P("zhangjiagang", "张家港", "Zhangjiagang", CS, "zhangjiagang", 1787331, True, "urban", 60,
  "张家港市区，长江南岸的港城。", "Zhangjiagang, a port city on the south bank of the Yangtze.")
P("wujiang", "吴江（松陵）", "Wujiang (Songling)", CS, "wujiang", 8328215, True,
  "urban lake", 60, "吴江区中心松陵，东太湖畔。", "Songling, centre of Wujiang on East Taihu.",
  extra=[TY], note="8328215 (吴江市|松隆) sits at Songling; 1898494 'Songling' is 7 km east")
P("jiangyin", "江阴", "Jiangyin", CS, "jiangyin", 1815251, True, "urban heritage", 90,
  "江阴城区，长江要塞与徐霞客故里。", "Jiangyin, a Yangtze fortress city and home of Xu Xiake.")
P("yixing", "宜兴", "Yixing", CS, "yixing", 1786760, True, "ceramics urban", 60,
  "宜兴城区，陶都，太湖西岸。", "Yixing, the pottery capital on the west shore of Taihu.",
  extra=[TY])
P("liyang", "溧阳", "Liyang", CS, "liyang", 1802788, True, "urban", 60,
  "溧阳城区，天目湖和南山竹海的门户。", "Liyang, gateway to Tianmu Lake and the Nanshan Bamboo Sea.")
P("jintan", "金坛", "Jintan", CS, "jintan", 6685846, True, "urban lake", 60,
  "金坛城区，茅山东麓和长荡湖之间。", "Jintan, between the east foot of Maoshan and Changdang Lake.")
P("wujin", "武进（湖塘）", "Wujin (Hutang)", CS, "wujin", 8411102, True, "urban", 45,
  "武进区中心湖塘，靠近淹城和西太湖。", "Hutang, centre of Wujin, near Yancheng and West Taihu.",
  note="GeoNames 8411102 (Wujin district seat), not the homonym Hutang 1806591 in Liyang")
P("qidong", "启东（汇龙）", "Qidong (Huilong)", CS, "qidong", 1806840, True, "sea urban", 60,
  "启东市区汇龙镇，江海交汇之地。", "Huilong, centre of Qidong where the Yangtze meets the sea.")
P("haimen", "海门", "Haimen", CS, "haimen", 1801200, True, "urban", 45,
  "海门城区，江海平原上的侨乡。", "Haimen, a town on the river-and-sea plain.",
  note="Jiangsu Haimen 1801200, not Haimen subdistrict 11778432 in Taizhou, Zhejiang")
P("rudong", "如东（掘港）", "Rudong (Juegang)", CS, "rudong", 1804979, True, "sea wetland", 45,
  "如东县城掘港，黄海滩涂与小洋口的门户。", "Juegang, seat of Rudong, gateway to the Yellow Sea tidal flats.")
P("rugao", "如皋", "Rugao", CS, "rugao", 1797069, True, "heritage garden", 90,
  "如皋古城，水绘园所在的长寿之乡。", "Rugao old town, home of the Shuihui Garden.")
P("haian", "海安", "Hai'an", CS, "haian", 1809116, True, "urban", 45,
  "海安城区，南通北部交通枢纽。", "Hai'an, the rail hub of northern Nantong.")
P("jiashan", "嘉善（魏塘）", "Jiashan (Weitang)", CS, "jiashan", 1791604, True, "water_town urban", 45,
  "嘉善县城魏塘，西塘古镇的门户。", "Weitang, seat of Jiashan and gateway to Xitang.")
P("pinghu", "平湖", "Pinghu", CS, "pinghu", (30.6990, 121.0150), True, "urban", 45,
  "平湖城区（当湖街道），东湖畔。", "Pinghu city (Danghu) on its East Lake.",
  note="GeoNames 'Pinghu' 1553853 is a village in Anhui; no Jiaxing Pinghu in the file")
P("haiyan", "海盐（武原）", "Haiyan (Wuyuan)", CS, "haiyan", 1790862, True, "sea urban", 45,
  "海盐县城武原，杭州湾北岸。", "Wuyuan, seat of Haiyan on the north shore of Hangzhou Bay.")
P("haining", "海宁（硖石）", "Haining (Xiashi)", CS, "haining", 1789799, True, "urban heritage", 45,
  "海宁市区硖石，皮革城与观潮的门户。", "Xiashi, centre of Haining, gateway to the Qiantang tidal bore.")
P("tongxiang", "桐乡", "Tongxiang", CS, "tongxiang", 1790942, True, "urban", 45,
  "桐乡市区，乌镇的门户。", "Tongxiang city, gateway to Wuzhen.")
P("deqing", "德清（武康）", "Deqing (Wukang)", CS, "deqing", 1791156, True, "urban", 45,
  "德清县城武康，莫干山脚下。", "Wukang, seat of Deqing at the foot of Moganshan.")
P("changxing", "长兴（雉城）", "Changxing (Zhicheng)", CS, "changxing", 1784553, True, "urban", 45,
  "长兴县城雉城，太湖西南岸。", "Zhicheng, seat of Changxing on the south-west shore of Taihu.")
P("anji", "安吉（递铺）", "Anji (Dipu)", CS, "anji", (30.6380, 119.6810), True, "bamboo urban", 45,
  "安吉县城递铺，竹乡与余村的门户。", "Dipu, seat of Anji, gateway to the bamboo sea and Yucun.",
  note="not in the GeoNames file (the 'anji' hits are in Anhui)")
P("yuyao", "余姚", "Yuyao", CS, "yuyao", 1785545, True, "heritage urban", 60,
  "余姚城区，王阳明故里，姚江穿城。", "Yuyao, hometown of Wang Yangming, on the Yao River.")
P("cixi", "慈溪（浒山）", "Cixi (Hushan)", CS, "cixi", 1806602, True, "urban", 45,
  "慈溪市区浒山，杭州湾南岸。", "Hushan, centre of Cixi on the south shore of Hangzhou Bay.")
P("fenghua", "奉化", "Fenghua", CS, "fenghua", 1813658, True, "urban", 45,
  "奉化城区，溪口与弥勒道场的门户。", "Fenghua, gateway to Xikou and the Maitreya Buddha site.")
P("xiangshan", "象山（丹城）", "Xiangshan (Dancheng)", CS, "xiangshan", 1813893, True,
  "sea urban", 45, "象山县城丹城，半岛海岸的门户。",
  "Dancheng, seat of Xiangshan, gateway to the peninsula coast.",
  note="GeoNames 1813893 (丹西|象山), not Xiangshan town 1548675 in Zhenjiang")
P("ninghai", "宁海", "Ninghai", CS, "ninghai", 1799384, True, "urban mountain", 45,
  "宁海县城，徐霞客开游之地。", "Ninghai, where Xu Xiake began his travels.")
P("beilun", "北仑（新碶）", "Beilun (Xinqi)", CS, "beilun", 1816625, True, "urban sea", 45,
  "北仑区中心新碶，宁波舟山港畔。", "Xinqi, centre of Beilun next to Ningbo-Zhoushan port.")
P("zhenhai", "镇海", "Zhenhai", CS, "zhenhai", 1784647, True, "heritage sea", 60,
  "镇海老城，甬江口海防遗址与招宝山。", "Zhenhai old town with the Zhaobaoshan coastal forts at the Yong River mouth.")
P("daishan", "岱山（高亭）", "Daishan (Gaoting)", CS, "daishan", 1814232, True,
  "island sea", 60, "岱山县城高亭，岱山岛南岸港城。", "Gaoting, seat of Daishan on the south shore of Daishan island.")
P("shengsi", "嵊泗（菜园）", "Shengsi (Caiyuan)", CS, "shengsi", 1816119, True,
  "island sea beach", 60, "嵊泗县城菜园镇，位于泗礁岛。", "Caiyuan, seat of Shengsi county on Sijiao island.")
P("shenjiamen", "沈家门", "Shenjiamen", CS, "putuo-zs", 1795632, True, "island sea food", 120,
  "普陀区中心沈家门，著名渔港和海鲜夜排档。",
  "Shenjiamen, centre of Putuo district, a famous fishing port with seafood night markets.")

# --------------------------------------------------------------------------
# 3. Rail stations (positions from knowledge of the OSM station buildings;
#    stations in the outer counties are good to about 1 km)
# --------------------------------------------------------------------------
RS = "rail_station"


def S(pid, zh, en, county, latlon, lodging=False, note="OSM station position (knowledge)"):
    P(pid, zh, en, RS, county, latlon, lodging, "", 0, "", "", note=note)


S("shanghai-hongqiao-station", "上海虹桥站", "Shanghai Hongqiao Station", "minhang", (31.1963, 121.3161),
  True, note="Wikipedia infobox 31.196306, 121.316139")
S("shanghai-station", "上海站", "Shanghai Railway Station", "jingan", (31.2500, 121.4556), True)
S("shanghai-south-station", "上海南站", "Shanghai South Station", "xuhui", (31.1545, 121.4297), True)
S("shanghai-west-station", "上海西站", "Shanghai West Station", "putuo-sh", (31.2628, 121.4012))
S("songjiang-south-station", "松江南站", "Songjiang South Station", "songjiang", (30.9830, 121.2310))
S("jinshanwei-station", "金山卫站", "Jinshanwei Station", "jinshan", (30.7365, 121.3115))
S("anting-north-station", "安亭北站", "Anting North Station", "jiading", (31.3100, 121.1600))
S("suzhou-station", "苏州站", "Suzhou Station", "gusu", (31.3305, 120.6088), True)
S("suzhou-north-station", "苏州北站", "Suzhou North Station", "xiangcheng", (31.4180, 120.6395))
S("suzhou-industrial-park-station", "苏州园区站", "Suzhou Industrial Park Station", "sip", (31.3355, 120.7265))
S("kunshan-south-station", "昆山南站", "Kunshan South Station", "kunshan", (31.3714, 120.9500), True)
S("changshu-station", "常熟站", "Changshu Station", "changshu", (31.6280, 120.7960))
S("taicang-station", "太仓站", "Taicang Station", "taicang", (31.4800, 121.1150))
S("zhangjiagang-station", "张家港站", "Zhangjiagang Station", "zhangjiagang", (31.8470, 120.5150))
S("wuxi-station", "无锡站", "Wuxi Station", "liangxi", (31.5867, 120.3030), True)
S("wuxi-east-station", "无锡东站", "Wuxi East Station", "xishan", (31.5900, 120.4490))
S("yixing-station", "宜兴站", "Yixing Station", "yixing", (31.3780, 119.8660))
S("changzhou-station", "常州站", "Changzhou Station", "changzhou-core", (31.7860, 119.9670), True)
S("changzhou-north-station", "常州北站", "Changzhou North Station", "xinbei", (31.8625, 119.9760))
S("liyang-station", "溧阳站", "Liyang Station", "liyang", (31.4470, 119.5060))
S("nantong-station", "南通站", "Nantong Station", "chongchuan", (32.0585, 120.8395))
S("ningbo-station", "宁波站", "Ningbo Station", "haishu", (29.8633, 121.5424), True)
S("yuyao-north-station", "余姚北站", "Yuyao North Station", "yuyao", (30.0830, 121.1570))
S("jiaxing-south-station", "嘉兴南站", "Jiaxing South Station", "nanhu", (30.7075, 120.8120))
S("jiaxing-station", "嘉兴站", "Jiaxing Station", "nanhu", (30.7625, 120.7445), True)
S("jiashan-south-station", "嘉善南站", "Jiashan South Station", "jiashan", (30.8335, 120.9395))
S("tongxiang-station", "桐乡站", "Tongxiang Station", "tongxiang", (30.5900, 120.5280))
S("huzhou-station", "湖州站", "Huzhou Station", "wuxing", (30.8945, 120.0600))
S("deqing-station", "德清站", "Deqing Station", "deqing", (30.5660, 120.0440))
S("changxing-station", "长兴站", "Changxing Station", "changxing", (31.0000, 119.8940))
S("anji-station", "安吉站", "Anji Station", "anji", (30.6720, 119.7070))

# --------------------------------------------------------------------------
# 4. Water towns and ancient towns
# --------------------------------------------------------------------------
W = "water_town"
P("zhouzhuang", "周庄", "Zhouzhuang", W, "kunshan", 1784074, True, "water_town heritage", 240,
  "周庄古镇，双桥与沈厅闻名的江南第一水乡。",
  "Zhouzhuang, the archetypal Jiangnan water town with its Twin Bridges and Shen Residence.",
  note="Kunshan Zhouzhuang 1784074, not 1784073 (Jiangyin) or 8539358")
P("tongli", "同里", "Tongli", W, "wujiang", 1898493, True, "water_town heritage garden", 240,
  "同里古镇，退思园所在，世界文化遗产。", "Tongli water town with the World Heritage Tuisi Garden.")
P("luzhi", "甪直", "Luzhi", W, "wuzhong", 1801645, True, "water_town heritage", 180,
  "甪直古镇，桥多、保圣寺与水乡服饰。", "Luzhi water town, famed for its many bridges and Baosheng Temple.")
P("mudu", "木渎", "Mudu", W, "wuzhong", 1898359, True, "water_town garden heritage", 180,
  "木渎古镇，灵岩山下的园林古镇。", "Mudu, a garden town at the foot of Lingyan Hill.")
P("jinxi", "锦溪", "Jinxi", W, "kunshan", 8327965, True, "water_town museum", 150,
  "锦溪古镇，古砖瓦与多家小型博物馆。", "Jinxi water town with its small museums and old brick kilns.")
P("qiandeng", "千灯", "Qiandeng", W, "kunshan", 1798364, True, "water_town heritage", 150,
  "千灯古镇，昆曲发源地与顾炎武故居。", "Qiandeng, birthplace of Kunqu and home of Gu Yanwu.")
P("shaxi", "沙溪", "Shaxi", W, "taicang", 1795759, True, "water_town heritage", 120,
  "沙溪古镇，七浦塘畔的明清街市。", "Shaxi, a Ming-Qing market street on the Qipu Creek.",
  note="Taicang Shaxi 1795759, not Shaxi 1795761 in Ningbo")
P("zhenze", "震泽", "Zhenze", W, "wujiang", 1784581, True, "water_town heritage", 150,
  "震泽古镇，蚕丝之乡与师俭堂。", "Zhenze, a silk town with the Shijian Hall.")
P("lili", "黎里", "Lili", W, "wujiang", 1803618, True, "water_town heritage", 150,
  "黎里古镇，长街廊棚与柳亚子故居。", "Lili, a long arcaded canal street and the home of Liu Yazi.")
P("xitang", "西塘", "Xitang", W, "jiashan", 1788297, True, "water_town heritage food", 240,
  "西塘古镇，烟雨长廊贯穿的生活型水乡。", "Xitang, a lived-in water town with long covered arcades.")
P("wuzhen", "乌镇", "Wuzhen", W, "tongxiang", 1790848, True, "water_town heritage", 360,
  "乌镇，东栅西栅与世界互联网大会永久会址。",
  "Wuzhen, with its East and West Scenic Zones and the World Internet Conference venue.")
P("nanxun", "南浔", "Nanxun", W, "nanxun", 1799642, True, "water_town heritage garden", 240,
  "南浔古镇，丝商巨宅与小莲庄，南浔区中心。",
  "Nanxun, the silk merchants' town with the Xiaolianzhuang garden and seat of Nanxun district.",
  extra=[TY])
P("zhujiajiao", "朱家角", "Zhujiajiao", W, "qingpu", 1783920, True, "water_town heritage", 240,
  "朱家角古镇，放生桥与课植园，上海最著名水乡。",
  "Zhujiajiao, Shanghai's best-known water town with the Fangsheng Bridge.")
P("jinze", "金泽", "Jinze", W, "qingpu", 1805307, True, "water_town heritage buddhist", 120,
  "金泽古镇，桥庙相连，长三角示范区水乡客厅旁。",
  "Jinze, a town of temples and bridges next to the Water Town Parlour of the Demonstration Zone.")
P("fengjing", "枫泾", "Fengjing", W, "jinshan", 1811309, True, "water_town heritage food", 180,
  "枫泾古镇，江南水乡与农民画之乡。", "Fengjing, a water town famed for farmer paintings.")
P("xinchang", "新场", "Xinchang", W, "pudong", (31.0240, 121.6440), True, "water_town heritage", 150,
  "新场古镇，浦东盐业古镇。", "Xinchang, an old salt-trade water town in Pudong.",
  extra=[WT], note="not in the GeoNames file")
P("qibao", "七宝", "Qibao", W, "minhang", 1798097, False, "water_town food", 120,
  "七宝古镇，上海市区内的小吃水乡。", "Qibao, an urban water town known for its snack street.", extra=[WT])
P("huishan-old-town", "惠山古镇", "Huishan Old Town", W, "liangxi", (31.5845, 120.2710), True,
  "heritage garden", 150, "惠山古镇，祠堂群与寄畅园、天下第二泉。",
  "Huishan Old Town with its ancestral halls, Jichang Garden and the Second Spring.",
  note="knowledge: Huishan ancestral-hall quarter below Xihui Park")
P("dangkou", "荡口", "Dangkou", W, "xishan", (31.5270, 120.5250), True, "water_town heritage", 120,
  "荡口古镇，鹅湖之畔的华氏义庄古镇。", "Dangkou water town on Ehu Lake.",
  note="not in the GeoNames file; knowledge of the old town on Ehu")
P("yanguan", "盐官", "Yanguan", W, "haining", 1881661, True, "heritage water_town", 180,
  "盐官古镇，钱江潮观潮胜地。", "Yanguan, the classic viewing point of the Qiantang tidal bore.")
P("xinshi", "新市", "Xinshi", W, "deqing", 1788640, True, "water_town heritage", 120,
  "新市古镇，运河边的千年古镇。", "Xinshi, a thousand-year-old town on the canal.",
  note="Deqing Xinshi 1788640, not Xinshi 1788636 in Anhui")

# --------------------------------------------------------------------------
# 5. Towns of the plan's Table 4-1 cross-border town circles and other towns
# --------------------------------------------------------------------------
T = "town"
P("wangting", "望亭", "Wangting", T, "xiangcheng", 1791881, False, "canal lake", 60,
  "望亭镇，京杭运河入太湖的古驿站。", "Wangting, an old canal post town where the Grand Canal meets Taihu.")
P("huangdai", "黄埭", "Huangdai", T, "xiangcheng", 1898292, False, "countryside", 30,
  "黄埭镇，相城区西部的运河小镇。", "Huangdai, a canal town in western Xiangcheng.")
P("shuofang", "硕放", "Shuofang", T, "xinwu", 1794334, False, "urban", 0,
  "硕放，苏南硕放机场所在地。", "Shuofang, home of Sunan Shuofang airport.")
P("hongshan", "鸿山", "Hongshan", T, "xinwu", 8540478, False, "heritage countryside", 90,
  "鸿山镇，吴文化泰伯墓与鸿山遗址所在。", "Hongshan, with Taibo's tomb and the Wu-culture Hongshan relics.")
P("mashan", "马山", "Mashan", T, "binhu", 8540473, True, "lake buddhist", 60,
  "马山半岛，灵山胜境所在的太湖度假区。", "Mashan peninsula on Taihu, the resort area of Lingshan.",
  note="Wuxi Mashan 8540473, not Mashan 1801066 in Shaoxing")
P("hudai", "胡埭", "Hudai", T, "binhu", 1806929, False, "countryside lake", 30,
  "胡埭镇，太湖西北岸的田园小镇。", "Hudai, a rural town on the north-west Taihu shore.")
P("zhoutie", "周铁", "Zhoutie", T, "yixing", 1784096, True, "water_town lake heritage", 90,
  "周铁镇，太湖西岸的竺山湖古镇。", "Zhoutie, an old lakeside town on the west shore of Taihu.",
  extra=[TY])
P("fangqiao", "芳桥", "Fangqiao", T, "yixing", 1811548, False, "countryside", 30,
  "芳桥，宜兴东北部的乡镇。", "Fangqiao, a rural town in north-east Yixing.", extra=[TY])
P("wanshi", "万石", "Wanshi", T, "yixing", 1548253, False, "countryside", 30,
  "万石镇，滆湖与太湖之间的乡镇。", "Wanshi, a rural town between Gehu and Taihu.", extra=[TY])
P("xueyan", "雪堰", "Xueyan", T, "wujin", 1787982, True, "lake countryside", 60,
  "雪堰镇，武进太湖湾度假区所在。", "Xueyan, the Wujin Taihu Bay resort town.")
P("qidu", "七都", "Qidu", T, "wujiang", 6698821, True, "lake countryside", 60,
  "七都镇，太湖南岸的湖鲜小镇。", "Qidu, a lakeside town on the south-east shore of Taihu.",
  extra=[TY], note="Wujiang Qidu 6698821, not Qidu 1893217 in Wenzhou")
P("taoyuan", "桃源", "Taoyuan", T, "wujiang", 8535594, False, "countryside", 30,
  "桃源镇，吴江最南端的丝绸乡镇。", "Taoyuan, the southernmost silk town of Wujiang.")
P("yaozhuang", "姚庄", "Yaozhuang", T, "jiashan", 7735218, False, "countryside water_town", 45,
  "姚庄镇，嘉善东北的水乡田园。", "Yaozhuang, a water-town countryside in north-east Jiashan.")
P("xinbang", "新浜", "Xinbang", T, "songjiang", 1789228, False, "countryside", 45,
  "新浜镇，松江西南的田园小镇。", "Xinbang, a rural town in south-west Songjiang.", extra=[WT])
P("xindai", "新埭", "Xindai", T, "pinghu", 1789143, False, "countryside", 30,
  "新埭镇，平湖东北的乡镇。", "Xindai, a rural town in north-east Pinghu.")
P("lvxiang", "吕巷", "Lüxiang", T, "jinshan", 1801682, False, "countryside", 45,
  "吕巷镇，“田园五镇”之一，水果公园所在。", "Lüxiang, one of the Five Pastoral Towns, with orchards.")
P("zhangyan", "张堰", "Zhangyan", T, "jinshan", 1785041, False, "heritage countryside", 60,
  "张堰古镇，南社纪念馆所在。", "Zhangyan, an old town with the Southern Society memorial.")
P("langxia", "廊下", "Langxia", T, "jinshan", (30.8010, 121.2150), True, "countryside", 60,
  "廊下镇，郊野公园与农家乐。", "Langxia, a country-park town with farm stays.",
  note="not in the GeoNames file")
P("guangchen", "广陈", "Guangchen", T, "pinghu", 1809942, False, "countryside", 30,
  "广陈镇，与金山廊下隔界相望的田园小镇。", "Guangchen, a rural town facing Langxia across the border.")
P("xincang", "新仓", "Xincang", T, "pinghu", 1789213, False, "countryside", 30,
  "新仓镇，平湖东南的乡镇。", "Xincang, a rural town in south-east Pinghu.")
P("jinshanwei", "金山卫", "Jinshanwei", T, "jinshan", 1805391, False, "heritage sea", 45,
  "金山卫，明代海防卫城遗址。", "Jinshanwei, a Ming coastal-defence garrison town.")
P("shihua", "石化", "Shihua", T, "jinshan", (30.7265, 121.3330), True, "sea urban", 30,
  "石化街道，金山城市沙滩旁。", "Shihua, next to the Jinshan city beach.", extra=[SM],
  note="not in the GeoNames file; old centre of Shihua subdistrict")
P("andong", "庵东", "Andong", T, "cixi", 1818099, False, "wetland", 30,
  "庵东镇，杭州湾湿地旁的盐区小镇。", "Andong, an old salt town next to the Hangzhou Bay wetland.")
P("chongshou", "崇寿", "Chongshou", T, "cixi", 1898861, False, "countryside", 30,
  "崇寿镇，慈溪北部的乡镇。", "Chongshou, a rural town in northern Cixi.")
P("dushangang", "独山港", "Dushangang", T, "pinghu", (30.6420, 121.1130), False, "sea", 30,
  "独山港镇，杭州湾北岸的港口小镇。", "Dushangang, a port town on the north shore of Hangzhou Bay.",
  note="not in the GeoNames file")
P("dongping", "东平", "Dongping", T, "chongming", (31.6850, 121.4650), True, "countryside", 45,
  "东平镇，东平国家森林公园与花博园所在。",
  "Dongping, home of the Dongping National Forest Park and the Flower Expo park.",
  note="not in the GeoNames file (GeoNames Dongping 1812333 is in Fujian)")
P("haiyong", "海永", "Haiyong", T, "haimen", (31.7420, 121.5150), True, "countryside", 30,
  "海永镇，崇明岛北部属海门的飞地乡镇。", "Haiyong, a Haimen exclave town on northern Chongming island.",
  note="not in the GeoNames file")
P("qilong", "启隆", "Qilong", T, "qidong", 7843983, True, "countryside", 30,
  "启隆镇，崇明岛北部属启东的乡镇。", "Qilong, a Qidong town on northern Chongming island.")
P("chengdong", "城东（江阴）", "Chengdong (Jiangyin)", T, "jiangyin", (31.9000, 120.3450), False,
  "urban", 0, note="not in the GeoNames file (all GeoNames Chengdong are elsewhere)")
P("jingang", "金港", "Jingang", T, "zhangjiagang", 8327926, False, "urban", 30,
  "金港镇，张家港双山岛与长江港区所在。", "Jingang, the Zhangjiagang river-port town next to Shuangshan island.")
P("xuhang", "徐行", "Xuhang", T, "jiading", 1787960, False, "countryside", 30,
  "徐行镇，嘉定北部的草编之乡。", "Xuhang, a rural town in northern Jiading known for straw weaving.")
P("waigang", "外冈", "Waigang", T, "jiading", 1792242, False, "countryside", 30,
  "外冈镇，嘉定西部的乡镇。", "Waigang, a rural town in western Jiading.")
P("liuhe", "浏河", "Liuhe", T, "taicang", 1803124, True, "heritage sea food", 90,
  "浏河古镇，郑和下西洋起锚地，长江口的江鲜小镇。",
  "Liuhe, the Yangtze-mouth harbour where Zheng He's fleets set sail.")
P("ludu", "陆渡", "Ludu", T, "taicang", 1802139, False, "countryside", 0)
P("anting", "安亭", "Anting", T, "jiading", 1817962, True, "urban heritage", 60,
  "安亭镇，汽车城与菩提寺。", "Anting, the motor city with the Puti Temple.")
P("baihe", "白鹤", "Baihe", T, "qingpu", 7843636, False, "heritage countryside", 45,
  "白鹤镇，青龙镇遗址所在。", "Baihe, near the archaeological site of Qinglong harbour town.")
P("huaqiao", "花桥", "Huaqiao", T, "kunshan", 1807046, True, "urban", 0,
  "花桥，上海地铁11号线延伸到达的昆山城镇。", "Huaqiao, the Kunshan town reached by Shanghai Metro Line 11.",
  note="Kunshan Huaqiao 1807046, not the Anhui/Zhejiang/Fujian homonyms")
P("jintang", "金塘", "Jintang", "island_town", "dinghai", 1805357, True, "island sea", 60,
  "金塘岛，舟山跨海大桥经过的岛屿。", "Jintang island, crossed by the Zhoushan Sea-Crossing Bridge.")
P("daxie", "大榭", "Daxie", "island_town", "beilun", (29.9230, 121.9520), False, "island", 30,
  "大榭岛，北仑东侧的港口岛。", "Daxie, a port island east of Beilun.", note="not in the GeoNames file")
P("meishan", "梅山", "Meishan", "island_town", "beilun", 1887803, True, "island sea beach", 120,
  "梅山岛，湾区海滨与万人沙滩。", "Meishan island with its bay beach and waterfront park.",
  extra=[XC], note="GeoNames 1887803 (梅山|里岙) on Meishan island")
P("liuheng", "六横", "Liuheng", "island_town", "putuo-zs", 1806014, True, "island sea", 120,
  "六横岛，舟山第三大岛，渔村与海景。", "Liuheng, Zhoushan's third-largest island with fishing villages.")
P("yangshan", "洋山", "Yangshan", "island_town", "shengsi", 8246755, True, "island sea", 120,
  "洋山岛，东海大桥连通的深水港岛。", "Yangshan, the deep-water port island joined by the Donghai Bridge.")
P("daixi", "岱西", "Daixi", T, "daishan", 1898675, False, "island countryside", 30,
  "岱西镇，岱山岛西部的乡镇。", "Daixi, a town in western Daishan island.")
P("gaoting", "高亭", "Gaoting", "island_town", "daishan", 1814232, True, "island sea", 60,
  "高亭镇，岱山县城所在港镇。", "Gaoting, the harbour town that is the seat of Daishan.",
  note="same GeoNames point as the county seat 'daishan'")
P("xiaosha", "小沙", "Xiaosha", T, "dinghai", 1881568, True, "island heritage beach", 60,
  "小沙街道，三毛祖居与庙后沙滩。", "Xiaosha, with the ancestral home of the writer Sanmao and a beach.")
# Other towns used as transfer points or bases
P("sheshan-town", "佘山镇", "Sheshan Town", T, "songjiang", 8307081, True, "mountain", 0)
P("nanxiang", "南翔", "Nanxiang", W, "jiading", 1799674, False, "water_town food garden", 120,
  "南翔古镇，古猗园与小笼包发源地。", "Nanxiang, home of the Guyi Garden and the xiaolongbao.", extra=[WT])
P("luodian", "罗店", "Luodian", W, "baoshan", 1801969, False, "water_town heritage", 90,
  "罗店古镇，宝山的金罗店。", "Luodian, the old water town of Baoshan.",
  note="Shanghai Luodian 1801969, not 1801971 in Zhejiang")
P("liantang", "练塘", "Liantang", W, "qingpu", 1803861, True, "water_town red_culture", 120,
  "练塘古镇，陈云故居所在。", "Liantang water town with the Chen Yun memorial.")
P("dianshanhu-town", "淀山湖镇", "Dianshanhu Town", T, "kunshan", 7844460, True, "lake", 30,
  "淀山湖镇，淀山湖西岸的昆山小镇。", "Dianshanhu, a Kunshan town on the west shore of Dianshan Lake.")
P("bacheng", "巴城", "Bacheng", T, "kunshan", 1817853, True, "lake food", 90,
  "巴城镇，阳澄湖大闸蟹之乡。", "Bacheng, the hairy-crab town on Yangcheng Lake.", extra=[TY])
P("dongshan", "东山", "Dongshan", T, "wuzhong", 1812211, True, "lake tea heritage", 180,
  "东山镇，太湖东山半岛，碧螺春与雕花楼。",
  "Dongshan, the Taihu peninsula of Biluochun tea and the Carved Building.",
  note="Suzhou Dongshan 1812211, not the Zhejiang or Nanjing homonyms")
P("xukou", "胥口", "Xukou", T, "wuzhong", 1787912, True, "lake", 45,
  "胥口镇，太湖东岸的渔港小镇。", "Xukou, a fishing town on the east shore of Taihu.",
  note="Suzhou Xukou 1787912, not 1916824 in Zhejiang")
P("guangfu", "光福", "Guangfu", T, "wuzhong", 1809927, True, "lake mountain heritage", 120,
  "光福镇，香雪海梅花与太湖渔港。", "Guangfu, with the Xiangxuehai plum blossom and a Taihu fishing port.")
P("jinting", "金庭（西山岛）", "Jinting (Xishan Island)", "island_town", "wuzhong", (31.1280, 120.2900),
  True, "island lake tea countryside", 240,
  "金庭镇，太湖最大岛屿西山岛，古村与花果。",
  "Jinting on Xishan, the largest island of Taihu, with old villages and orchards.",
  note="not in the GeoNames file (GeoNames 金庭镇 1915379 is in Shaoxing)")
P("shanghu", "尚湖", "Shanghu", T, "changshu", 8327928, True, "lake", 90,
  "尚湖，虞山南麓的湖泊度假区。", "Shanghu, a lake resort below the south side of Yushan.",
  note="Changshu Shanghu 8327928, not 1796214 in Zhejiang")
P("dingshu", "丁蜀", "Dingshu", T, "yixing", 1812758, True, "ceramics heritage", 180,
  "丁蜀镇，紫砂陶的故乡。", "Dingshu, the home town of Yixing zisha teapots.", extra=[TY])
P("zhangzhu", "张渚", "Zhangzhu", T, "yixing", 1785016, True, "mountain bamboo", 45,
  "张渚镇，宜兴南部山区的门户。", "Zhangzhu, gateway to the hills of southern Yixing.")
P("tianmuhu-town", "天目湖镇", "Tianmuhu Town", T, "liyang", 8382843, True, "lake", 30,
  "天目湖镇，天目湖度假区所在。", "Tianmuhu town, home of the Tianmu Lake resort.")
P("daibu", "戴埠", "Daibu", T, "liyang", 1814257, True, "mountain bamboo", 30,
  "戴埠镇，南山竹海山麓的乡镇。", "Daibu, a town at the foot of the Nanshan Bamboo Sea.")
P("xuebu", "薛埠", "Xuebu", T, "jintan", 1788028, True, "mountain countryside", 45,
  "薛埠镇，茅山东麓的乡镇。", "Xuebu, a town at the east foot of Maoshan.",
  note="1788028 (town centre) rather than the second record 6957982")
P("zhixi", "直溪", "Zhixi", T, "jintan", 1784486, False, "countryside", 0)
P("huashi", "华士", "Huashi", T, "jiangyin", 1807030, True, "countryside", 60,
  "华士镇，华西村所在。", "Huashi, the town of Huaxi village.")
P("xuxiake-town", "徐霞客镇", "Xuxiake Town", T, "jiangyin", 8327182, False, "heritage", 60,
  "徐霞客镇，徐霞客故居所在。", "Xuxiake town, with the home of the travel writer Xu Xiake.")
P("yinjiang", "鄞江", "Yinjiang", T, "haishu", 1786525, True, "heritage water_town mountain", 90,
  "鄞江古镇，它山堰与四明山门户。", "Yinjiang, an old town with the Tashan weir, gateway to the Siming hills.")
P("liangnong", "梁弄", "Liangnong", T, "yuyao", 1803995, True, "red_culture mountain", 90,
  "梁弄镇，浙东抗日根据地旧址所在的四明山红色古镇。",
  "Liangnong, a Siming mountain town with the East Zhejiang revolutionary base sites.")
P("hemudu", "河姆渡镇", "Hemudu Town", T, "yuyao", 1915383, False, "heritage", 0)
P("xianxiang", "咸祥", "Xianxiang", T, "yinzhou", 1790358, True, "sea", 30,
  "咸祥镇，象山港北岸的渔港小镇。", "Xianxiang, a fishing town on the north shore of Xiangshan Harbour.",
  extra=[XC])
P("songao", "松岙", "Song'ao", T, "fenghua", 1794069, True, "sea beach", 45,
  "松岙镇，象山港畔的海滨小镇。", "Song'ao, a seaside town on Xiangshan Harbour.", extra=[XC])
P("xidian", "西店", "Xidian", T, "ninghai", 1789600, False, "sea", 30,
  "西店镇，象山港底部的小镇。", "Xidian, a town at the head of Xiangshan Harbour.")
P("shipu", "石浦", "Shipu", W, "xiangshan", (29.2000, 121.9450), True, "heritage sea food", 180,
  "石浦渔港古城，中国渔村与开渔节。", "Shipu, an old fishing-port town famed for its fishing festival.",
  note="not in the GeoNames file; knowledge of Shipu old town")
P("hepu", "鹤浦", "Hepu", "island_town", "xiangshan", 1808334, True, "island sea", 60,
  "鹤浦镇，南田岛上的渔镇。", "Hepu, a fishing town on Nantian island.")
P("juexi", "爵溪", "Juexi", T, "xiangshan", 1804977, True, "sea beach", 45,
  "爵溪，象山东海岸的沙滩小镇。", "Juexi, a beach town on Xiangshan's east coast.")
P("dingtang", "定塘", "Dingtang", T, "xiangshan", 1812755, False, "countryside", 0)
P("qiantong", "前童", "Qiantong", W, "ninghai", (29.2320, 121.3730), True, "heritage", 150,
  "前童古镇，明清宗族村落与八卦水系。", "Qiantong, a Ming-Qing clan village with a patterned water system.",
  note="not in the GeoNames file")
P("lianshi", "练市", "Lianshi", T, "nanxun", 1803879, False, "water_town", 45,
  "练市镇，南浔的运河古镇。", "Lianshi, a canal town of Nanxun.")
P("shanlian", "善琏", "Shanlian", T, "nanxun", 1795977, False, "heritage", 60,
  "善琏镇，湖笔之乡。", "Shanlian, home of the Hu writing brush.")
P("hefu", "和孚", "Hefu", T, "nanxun", 8306366, True, "countryside heritage", 90,
  "和孚镇，荻港渔村与桑基鱼塘。", "Hefu, with Digang fishing village and the mulberry-dyke fish ponds.")
P("zhangwu", "鄣吴", "Zhangwu", T, "anji", 1785055, True, "heritage bamboo", 60,
  "鄣吴镇，吴昌硕故里。", "Zhangwu, the home village of the painter Wu Changshuo.")
P("moganshan-town", "莫干山镇", "Moganshan Town", T, "deqing", 1800407, True, "mountain countryside", 60,
  "莫干山镇，洋家乐民宿集中的山镇。", "Moganshan town, a cluster of boutique rural guesthouses.")
P("ganlan", "干览", "Ganlan", T, "dinghai", 1810694, False, "island countryside", 0)
P("maao", "马岙", "Ma'ao", T, "dinghai", 1881544, False, "heritage island", 60,
  "马岙，舟山史前遗址与博物馆所在。", "Ma'ao, with Zhoushan's prehistoric site and museum.")
P("baiquan", "白泉", "Baiquan", T, "dinghai", 1817468, False, "island", 0)
P("zhanmao", "展茅", "Zhanmao", T, "putuo-zs", 1898799, False, "island countryside", 0)
P("dongsha", "东沙", "Dongsha", W, "daishan", 1812288, True, "heritage island sea", 120,
  "东沙古渔镇，岱山的老街与海洋文化。", "Dongsha, an old fishing town on Daishan with maritime museums.",
  extra=[ZA])
P("xiushan", "秀山", "Xiushan", "island_town", "daishan", 1898581, True, "island beach wetland", 120,
  "秀山岛，滑泥主题公园与沙滩。", "Xiushan island with its mudflat park and beaches.")
P("qushan", "衢山", "Qushan", "island_town", "daishan", 1813783, True, "island sea", 90,
  "衢山岛，岱山北部的渔岛。", "Qushan, a fishing island in northern Daishan.")
P("changtu", "长涂", "Changtu", "island_town", "daishan", 1815512, True, "island sea", 90,
  "长涂岛，深水避风港与渔村。", "Changtu, a fishing island with a deep sheltered harbour.")
P("xiazhi", "虾峙", "Xiazhi", "island_town", "putuo-zs", 1814635, False, "island sea", 60,
  "虾峙岛，普陀南部的渔岛。", "Xiazhi, a fishing island in southern Putuo.")
P("taohua", "桃花岛", "Taohua Island", "island_town", "putuo-zs", 1892727, True,
  "island mountain beach", 240, "桃花岛，金庸笔下的海岛与安期峰。",
  "Taohua island, made famous by Jin Yong's novels, with Anqi Peak.")
P("zhujiajian", "朱家尖", "Zhujiajian", "island_town", "putuo-zs", 1894758, True, "island beach sea", 240,
  "朱家尖岛，十里金沙与沙雕节。", "Zhujiajian island, with long sand beaches and a sand-sculpture festival.")
P("dongji", "东极", "Dongji", "island_town", "putuo-zs", 8226430, True, "island sea", 360,
  "东极岛，中国最早看到日出的海岛之一。", "Dongji, a remote island group famous for the first sunrise.")
P("huaniao", "花鸟", "Huaniao", "island_town", "shengsi", 1898819, True, "island sea", 240,
  "花鸟岛，灯塔与彩色渔村。", "Huaniao island with its lighthouse and painted fishing village.")
P("gouqi", "枸杞", "Gouqi", "island_town", "shengsi", 8310587, True, "island sea food", 240,
  "枸杞岛，贻贝养殖与嶂下渔村。", "Gouqi island, with mussel farms and cliffside fishing villages.")
P("shengshan", "嵊山", "Shengshan", "island_town", "shengsi", 1795659, True, "island sea", 240,
  "嵊山岛，后头湾无人村。", "Shengshan island with the ivy-covered abandoned village of Houtouwan.")
P("wulong-sijiao", "五龙", "Wulong", T, "shengsi", 1898842, True, "island beach", 60,
  "五龙乡，泗礁岛东部的海滨。", "Wulong, the beach coast of eastern Sijiao island.")

# --------------------------------------------------------------------------
# 6. Scenic areas and heritage sites (knowledge of the WGS84 / OSM position)
# --------------------------------------------------------------------------
SA, HS = "scenic_area", "heritage_site"
# Shanghai
P("bund", "外滩", "The Bund", HS, "huangpu", (31.2400, 121.4905), False, "heritage urban", 90,
  "外滩万国建筑群，黄浦江畔的城市名片。", "The Bund, the riverfront of historic banks on the Huangpu.")
P("lujiazui", "陆家嘴", "Lujiazui", SA, "pudong", (31.2380, 121.5010), True, "urban", 120,
  "陆家嘴金融城与东方明珠。", "Lujiazui skyline and the Oriental Pearl Tower.")
P("yu-garden", "豫园", "Yu Garden", HS, "huangpu", (31.2272, 121.4920), False, "garden heritage food", 120,
  "豫园与城隍庙，上海老城厢的明代园林。", "Yu Garden and the City God Temple in Shanghai's old town.")
P("cpc-first-congress-site", "中共一大会址", "Site of the First CPC National Congress", HS, "huangpu",
  (31.2220, 121.4752), False, "red_culture museum heritage", 90,
  "中共一大会址及纪念馆，位于新天地。", "Site and memorial hall of the First CPC National Congress in Xintiandi.")
P("jingan-temple", "静安寺", "Jing'an Temple", HS, "jingan", (31.2235, 121.4455), False,
  "buddhist heritage urban", 60, "静安寺，南京西路上的千年古刹。",
  "Jing'an Temple, an ancient Buddhist temple on West Nanjing Road.")
P("suzhou-creek", "苏州河（M50）", "Suzhou Creek (M50)", SA, "putuo-sh", (31.2495, 121.4500), False,
  "urban canal museum", 90, "苏州河畔M50创意园与滨水步道。",
  "The M50 art district and waterfront path on Suzhou Creek.")
P("north-bund", "北外滩", "North Bund", SA, "hongkou", (31.2500, 121.4990), False, "urban heritage", 60,
  "北外滩滨江，外白渡桥与邮政大楼。", "North Bund riverside with the Garden Bridge and the Post Office building.")
P("yangpu-riverside", "杨浦滨江", "Yangpu Riverside", SA, "yangpu", (31.2555, 121.5330), False,
  "urban heritage", 90, "杨浦滨江工业遗产步道。", "Yangpu riverside industrial-heritage promenade.")
P("xuhui-riverside", "徐汇滨江", "Xuhui Riverside", SA, "xuhui", (31.1820, 121.4620), False,
  "urban museum", 90, "徐汇滨江西岸美术馆大道。", "West Bund art museums on the Xuhui riverside.")
P("shanghai-disney", "上海迪士尼度假区", "Shanghai Disney Resort", SA, "pudong", (31.1440, 121.6570), True,
  "urban", 480, "上海国际旅游度假区迪士尼乐园。", "Shanghai Disneyland in the Shanghai International Resort.")
P("sheshan", "佘山", "Sheshan", SA, "songjiang", (31.0960, 121.1940), True, "mountain heritage", 180,
  "佘山国家旅游度假区，天文台与圣母大殿。",
  "Sheshan national resort with the observatory and the hilltop basilica.")
P("guyi-garden", "古猗园", "Guyi Garden", HS, "jiading", (31.2975, 121.3140), False, "garden", 90,
  "古猗园，南翔的明代园林。", "Guyi Garden, a Ming garden in Nanxiang.")
P("dianshan-lake", "淀山湖", "Dianshan Lake", SA, "qingpu", (31.1050, 121.0250), True, "lake wetland", 120,
  "淀山湖东岸，上海最大的淡水湖。", "The east shore of Dianshan Lake, Shanghai's largest freshwater lake.")
P("water-town-parlour", "水乡客厅", "Water Town Parlour", SA, "qingpu", (31.0280, 120.9250), False,
  "water_town wetland", 90, "长三角示范区水乡客厅，沪苏浙交界处。",
  "The Water Town Parlour of the YRD demonstration zone, where Shanghai, Jiangsu and Zhejiang meet.")
P("dishui-lake", "滴水湖", "Dishui Lake", SA, "pudong", (30.9000, 121.9400), True, "lake urban", 120,
  "滴水湖，临港新城中心的圆形人工湖。", "Dishui Lake, the round lake at the centre of Lingang.")
P("nanhuizui", "南汇嘴观海公园", "Nanhuizui Sea-View Park", SA, "pudong", (30.8831, 121.9627), False,
  "sea", 60, "南汇嘴，上海大陆的东南角观海处。", "Nanhuizui, the south-east tip of the Shanghai mainland.")
P("jinshan-city-beach", "金山城市沙滩", "Jinshan City Beach", SA, "jinshan", (30.7120, 121.3470), True,
  "beach sea", 120, "金山城市沙滩，杭州湾畔的人工海滩。", "Jinshan city beach on Hangzhou Bay.", extra=[SM])
P("fengxian-bay", "奉贤海湾", "Fengxian Bay", SA, "fengxian", (30.8160, 121.5400), True, "sea wetland", 90,
  "奉贤海湾国家森林公园与碧海金沙。", "Fengxian Bay forest park and beach on Hangzhou Bay.")
P("chongming-dongtan", "崇明东滩", "Chongming Dongtan", SA, "chongming", (31.5150, 121.9300), False,
  "wetland", 180, "崇明东滩鸟类保护区，候鸟迁徙地。",
  "Chongming Dongtan bird reserve on the East Asian flyway.")
P("dongping-forest", "东平国家森林公园", "Dongping National Forest Park", SA, "chongming",
  (31.6780, 121.4800), True, "countryside wetland", 180,
  "东平国家森林公园，华东最大的平原人造森林。",
  "Dongping National Forest Park, the largest planted lowland forest in East China.")
P("xisha-wetland", "西沙明珠湖", "Xisha Wetland", SA, "chongming", (31.7200, 121.2500), True,
  "wetland lake", 120, "崇明西沙湿地与明珠湖。", "Xisha wetland and Mingzhu Lake on western Chongming.")
P("changxing-island", "长兴岛", "Changxing Island", "island_town", "chongming", (31.3900, 121.7000),
  True, "island countryside", 120, "长兴岛，郊野公园与橘园，江口田园线的一站。",
  "Changxing Island, with its country park and orange groves on the Estuary Pastoral line.")
P("hengsha", "横沙岛", "Hengsha Island", "island_town", "chongming", (31.3380, 121.8450), True,
  "island countryside", 120, "横沙岛，长江口的田园小岛。", "Hengsha, a rural island in the Yangtze mouth.")
P("chenjia", "陈家镇", "Chenjia", T, "chongming", (31.5250, 121.8800), True, "countryside wetland", 30,
  "陈家镇，东滩门户与崇明国际生态岛示范区。", "Chenjia, gateway to Dongtan.", note="not in the GeoNames file")
P("baozhen", "堡镇", "Baozhen", T, "chongming", (31.5300, 121.6100), True, "countryside", 30,
  "堡镇，崇明中部南岸港镇。", "Baozhen, a harbour town on Chongming's south shore.",
  note="not in the GeoNames file")
# Suzhou
P("humble-administrator-garden", "拙政园", "Humble Administrator's Garden", HS, "gusu",
  (31.3245, 120.6290), False, "garden heritage", 120,
  "拙政园，苏州园林之首，世界文化遗产。",
  "The Humble Administrator's Garden, first of Suzhou's World Heritage gardens.")
P("lingering-garden", "留园", "Lingering Garden", HS, "gusu", (31.3170, 120.5890), False,
  "garden heritage", 90, "留园，以建筑空间与冠云峰闻名的苏州园林。",
  "The Lingering Garden, famous for its halls and the Cloud-Capped Peak.")
P("tiger-hill", "虎丘", "Tiger Hill", SA, "gusu", (31.3370, 120.5780), False, "heritage mountain", 120,
  "虎丘，吴中第一名胜与云岩寺塔。", "Tiger Hill with the leaning Yunyan Pagoda.")
P("hanshan-temple", "寒山寺", "Hanshan Temple", HS, "gusu", (31.3100, 120.5665), False,
  "buddhist heritage canal", 60, "寒山寺，枫桥夜泊诗中的古寺。",
  "Hanshan Temple by Maple Bridge, of the Tang poem 'Night Mooring'.")
P("pingjiang-road", "平江路", "Pingjiang Road", HS, "gusu", (31.3130, 120.6310), True,
  "heritage canal food", 90, "平江路历史街区，小桥流水人家。", "Pingjiang Road, a canal-side historic street.")
P("shantang-street", "山塘街", "Shantang Street", HS, "gusu", (31.3190, 120.6000), False,
  "heritage canal food", 90, "山塘街，七里山塘到虎丘的水街。", "Shantang Street, the canal street leading to Tiger Hill.")
P("jinji-lake", "金鸡湖", "Jinji Lake", SA, "sip", (31.3160, 120.6780), True, "lake urban", 90,
  "金鸡湖，苏州工业园区的城市湖泊。", "Jinji Lake, the urban lake of Suzhou Industrial Park.")
P("yangcheng-lake", "阳澄湖半岛", "Yangcheng Lake Peninsula", SA, "sip", (31.4074, 120.7823), True,
  "lake food wetland", 180, "阳澄湖半岛，湖鲜与大闸蟹度假区。",
  "Yangcheng Lake peninsula resort, famed for hairy crab.")
P("cheng-lake", "澄湖", "Cheng Lake", SA, "wuzhong", (31.2150, 120.8400), False, "lake wetland", 60,
  "澄湖，甪直南侧的湖泊。", "Cheng Lake, south of Luzhi.")
P("yushan", "虞山", "Yushan", SA, "changshu", (31.6650, 120.7270), True, "mountain heritage", 180,
  "虞山，常熟城西的名山，兴福寺与剑门。", "Yushan, Changshu's hill with Xingfu Temple and Jianmen.")
P("shajiabang", "沙家浜", "Shajiabang", HS, "changshu", (31.5600, 120.8300), True,
  "red_culture wetland", 180, "沙家浜革命历史纪念馆与芦苇荡湿地。",
  "Shajiabang revolutionary memorial and reed-marsh wetland.", extra=[WT],
  note="knowledge of the scenic area, 2 km north-west of Shajiabang town (GeoNames 8540494)")
P("lingyan-hill", "灵岩山", "Lingyan Hill", SA, "wuzhong", (31.2650, 120.5130), False,
  "mountain buddhist", 120, "灵岩山，吴王馆娃宫遗址与灵岩寺。", "Lingyan Hill with its temple and the palace site of the Wu king.")
P("xishan-shigongshan", "西山石公山", "Shigongshan (Xishan)", SA, "wuzhong", (31.0950, 120.3250), False,
  "island lake", 120, "石公山，西山岛南端的太湖石景区。", "Shigongshan on the south tip of Xishan island.")
P("mingyue-bay", "明月湾古村", "Mingyue Bay Village", "village", "wuzhong", (31.1020, 120.2720), True,
  "heritage lake countryside", 90, "明月湾古村，西山岛上的太湖古村落。", "Mingyue Bay, an old lakeside village on Xishan.")
P("luxiang-village", "陆巷古村", "Luxiang Village", "village", "wuzhong", (31.0829, 120.3549), True,
  "heritage countryside", 90, "陆巷古村，东山的明代古村。", "Luxiang, a Ming village on the Dongshan peninsula.")
P("taihu-wetland-suzhou", "太湖湿地公园", "Taihu Wetland Park", SA, "huqiu", (31.3530, 120.4130), False,
  "wetland lake", 90, "苏州太湖国家湿地公园。", "Suzhou Taihu national wetland park.")
P("zhouzhuang-pier", "周庄码头", "Zhouzhuang Pier", "pier", "kunshan", (31.1160, 120.8460), False, "", 0)
# Wuxi
P("yuantouzhu", "鼋头渚", "Yuantouzhu", SA, "binhu", (31.5152, 120.2241), False, "lake garden", 180,
  "鼋头渚，太湖第一名胜，樱花与湖景。", "Yuantouzhu, the finest Taihu headland, famed for cherry blossom.")
P("lingshan-buddha", "灵山胜境", "Lingshan Buddha", SA, "binhu", (31.4320, 120.0950), True,
  "buddhist lake", 240, "灵山大佛与梵宫，马山半岛上的佛教胜地。",
  "The Lingshan Grand Buddha and Brahma Palace on the Mashan peninsula.")
P("grand-canal-qingming-bridge", "清名桥历史街区", "Qingming Bridge Canal Quarter", HS, "liangxi",
  (31.5600, 120.3080), True, "canal heritage", 90,
  "清名桥古运河历史街区，运河绝版地。", "Qingming Bridge quarter on the old Grand Canal in Wuxi.")
P("liyuan", "蠡园", "Liyuan Garden", HS, "binhu", (31.5440, 120.2600), False, "garden lake", 60,
  "蠡园，蠡湖畔的园林。", "Liyuan garden on Lihu Lake.")
P("shanjuan-cave", "善卷洞", "Shanjuan Cave", SA, "yixing", (31.2340, 119.8050), False, "mountain", 90,
  "善卷洞，宜兴的石灰岩溶洞群。", "Shanjuan Cave, a limestone cave system in Yixing.")
P("shushan-kilns", "蜀山古南街", "Shushan Kilns and Old South Street", HS, "yixing", (31.2690, 119.8590),
  False, "ceramics heritage", 90, "蜀山古南街与古龙窑，紫砂发源地。",
  "Shushan Old South Street and dragon kilns, cradle of zisha ware.", extra=[TY])
P("yixing-bamboo-sea", "宜兴竹海", "Yixing Bamboo Sea", SA, "yixing", (31.1600, 119.6950), True,
  "bamboo mountain", 180, "宜兴竹海，苏浙皖交界的竹林山地。", "Yixing Bamboo Sea, on the Jiangsu-Zhejiang-Anhui border hills.")
# Changzhou
P("tianning-temple", "天宁寺", "Tianning Temple", HS, "changzhou-core", (31.7770, 119.9680), False,
  "buddhist heritage", 60, "天宁寺与天宁宝塔。", "Tianning Temple and its tall pagoda.")
P("yancheng-ruins", "淹城", "Yancheng Ruins", HS, "wujin", (31.7250, 119.9370), True, "heritage", 120,
  "淹城遗址，春秋三城三河古城。", "Yancheng, a Spring-and-Autumn city with three rings of moats.")
P("dinosaur-park", "中华恐龙园", "China Dinosaur Park", SA, "xinbei", (31.8230, 119.9740), True,
  "urban museum", 300, "中华恐龙园主题乐园。", "China Dinosaur Park theme park.")
P("gehu", "滆湖", "Gehu Lake", SA, "wujin", (31.6210, 119.8623), False, "lake wetland", 60,
  "滆湖，武进与宜兴之间的湖泊湿地。", "Gehu Lake, a wetland lake between Wujin and Yixing.")
P("changdang-lake", "长荡湖", "Changdang Lake", SA, "jintan", (31.6350, 119.6150), True, "lake wetland", 90,
  "长荡湖，金坛的水韵湿地公园。", "Changdang Lake and its wetland park in Jintan.")
P("maoshan", "茅山（金坛）", "Maoshan (Jintan side)", SA, "jintan", (31.7160, 119.3300), True,
  "mountain heritage red_culture", 240,
  "茅山东麓，新四军纪念馆与道教名山景区。",
  "East side of Maoshan, a Taoist mountain with the New Fourth Army memorial.",
  note="Jintan side of the range; the summit is in Jurong, outside the area")
P("tianmu-lake", "天目湖", "Tianmu Lake", SA, "liyang", (31.3200, 119.4250), True, "lake tea food", 240,
  "天目湖，山水园与砂锅鱼头。", "Tianmu Lake, a hill lake famous for its fish-head casserole.")
P("nanshan-bamboo-sea", "南山竹海", "Nanshan Bamboo Sea", SA, "liyang", (31.2500, 119.4150), True,
  "bamboo mountain", 240, "南山竹海，苏浙皖交界的万亩竹林。", "Nanshan Bamboo Sea on the three-province border.")
# Nantong
P("langshan", "狼山", "Langshan", SA, "chongchuan", (31.9620, 120.8870), True, "mountain buddhist", 150,
  "狼山，江海第一山，广教寺与江景。", "Langshan, the first hill on the river and sea, with Guangjiao Temple.")
P("haohe", "濠河", "Hao River", SA, "chongchuan", (32.0100, 120.8600), True, "canal museum urban", 90,
  "濠河风景区，环绕南通古城的护城河与博物馆群。", "The Hao River moat around old Nantong and its museums.")
P("yuantuojiao", "圆陀角", "Yuantuojiao", SA, "qidong", (31.7150, 121.8900), True, "sea", 90,
  "圆陀角，江海交汇处的日出观景点。", "Yuantuojiao, the sunrise point where the Yangtze meets the sea.")
P("lvsi", "吕四港", "Lüsi Fishing Port", T, "qidong", (32.0650, 121.6050), True, "sea food", 90,
  "吕四渔港，黄海海鲜小镇。", "Lüsi, a Yellow Sea fishing port town.", note="not in the GeoNames file")
P("xiaoyangkou", "小洋口", "Xiaoyangkou", SA, "rudong", (32.5500, 121.0000), True, "sea wetland", 120,
  "小洋口，黄海滩涂温泉度假区。", "Xiaoyangkou, a hot-spring resort on the Yellow Sea tidal flats.")
# Jiaxing / Huzhou
P("south-lake", "南湖（红船）", "South Lake (Red Boat)", HS, "nanhu", (30.7480, 120.7660), True,
  "red_culture lake", 120, "嘉兴南湖红船与南湖革命纪念馆。",
  "The Red Boat on South Lake and the South Lake revolutionary memorial.")
P("moganshan", "莫干山", "Moganshan", SA, "deqing", (30.6040, 119.8790), True, "mountain bamboo heritage", 300,
  "莫干山，竹海云雾中的避暑名山与老别墅。", "Moganshan, a bamboo-clad summer resort mountain with old villas.")
P("anji-bamboo-sea", "中国大竹海", "Anji Bamboo Sea", SA, "anji", (30.5830, 119.6350), True,
  "bamboo mountain", 180, "安吉中国大竹海，卧虎藏龙外景地。", "The Anji bamboo sea, filming location of Crouching Tiger.")
P("yucun", "余村", "Yucun", "village", "anji", (30.5440, 119.6700), True, "countryside bamboo", 120,
  "余村，“绿水青山就是金山银山”理念发源地。",
  "Yucun, the village where the 'lucid waters and lush mountains' idea was born.")
P("tianhuangping", "天荒坪", "Tianhuangping", SA, "anji", (30.4700, 119.6000), True, "mountain", 180,
  "天荒坪抽水蓄能电站与江南天池。", "Tianhuangping pumped-storage lake high in the hills.")
P("south-taihu", "南太湖", "Huzhou South Taihu", SA, "wuxing", (30.9300, 120.1200), True, "lake", 120,
  "湖州南太湖度假区，月亮酒店与太湖古镇。", "The South Taihu resort of Huzhou with the Moon Hotel.")
P("lougang", "溇港", "Taihu Lougang", HS, "wuxing", (30.9216, 120.2341), False, "heritage lake countryside", 90,
  "太湖溇港，世界灌溉工程遗产。", "The Taihu lougang channels, a World Heritage Irrigation Structure.")
P("digang", "荻港渔庄", "Digang Fishing Village", "village", "nanxun", (30.7870, 120.1230), True,
  "heritage countryside food", 120, "荻港渔庄，桑基鱼塘系统核心区。",
  "Digang, the core of the mulberry-dyke fish-pond heritage system.",
  note="not in the GeoNames file (GeoNames 荻港 1812848 is in Anhui)")
P("shuikou-guzhu", "水口顾渚", "Shuikou Guzhu Tea Hills", "village", "changxing", (31.0950, 119.8000), True,
  "tea countryside", 120, "长兴水口顾渚村，紫笋茶与农家乐。", "Shuikou Guzhu, the Zisun tea village of Changxing.")
# Ningbo
P("tianyi-pavilion", "天一阁", "Tianyi Pavilion", HS, "haishu", (29.8720, 121.5370), False,
  "heritage museum", 90, "天一阁，中国现存最早的私家藏书楼。", "Tianyi Pavilion, China's oldest surviving private library.")
P("sanjiangkou", "三江口", "Sanjiangkou", SA, "haishu", (29.8740, 121.5560), True, "urban heritage canal", 60,
  "三江口，余姚江、奉化江汇成甬江处。", "Sanjiangkou, where the Yuyao and Fenghua rivers form the Yong River.")
P("dongqian-lake", "东钱湖", "Dongqian Lake", SA, "yinzhou", (29.7720, 121.6430), True, "lake heritage", 180,
  "东钱湖，浙江最大的天然淡水湖。", "Dongqian Lake, the largest natural freshwater lake in Zhejiang.")
P("hemudu-site", "河姆渡遗址", "Hemudu Site", HS, "yuyao", (29.9700, 121.3450), False, "heritage museum", 120,
  "河姆渡遗址博物馆，七千年前的稻作文明。", "The Hemudu site museum of a 7,000-year-old rice culture.")
P("siming-mountain", "四明山", "Siming Mountain", SA, "yuyao", (29.7550, 121.0700), True,
  "mountain countryside", 240, "四明山国家森林公园，浙东唐诗之路。", "Siming Mountain forest park on the Tang Poetry Road.")
P("xikou", "溪口", "Xikou", SA, "fenghua", 1789355, True, "heritage mountain buddhist", 240,
  "溪口镇，雪窦山与蒋氏故居。", "Xikou, with Xuedou Mountain and the Chiang family residences.",
  note="Fenghua Xikou 1789355, not the Anhui or other Zhejiang homonyms")
P("xuedou-mountain", "雪窦山", "Xuedou Mountain", SA, "fenghua", (29.7100, 121.2150), True,
  "mountain buddhist", 240, "雪窦山，弥勒道场与千丈岩瀑布。", "Xuedou Mountain, the Maitreya site with the Qianzhangyan falls.")
P("shanglin-lake-kilns", "上林湖越窑遗址", "Shanglin Lake Yue Kilns", HS, "cixi", (30.0550, 121.2150),
  False, "ceramics heritage lake", 90, "上林湖越窑遗址，秘色瓷的产地。",
  "The Shanglin Lake Yue kiln sites where celadon 'secret colour' ware was made.")
P("wuleishan", "五磊山", "Wuleishan", SA, "cixi", (30.0950, 121.4250), False, "mountain buddhist", 120,
  "五磊山，五磊寺与山间水库。", "Wuleishan with the Wulei Temple and its reservoir.")
P("hangzhou-bay-wetland", "杭州湾国家湿地公园", "Hangzhou Bay National Wetland Park", SA, "cixi",
  (30.3150, 121.1950), False, "wetland sea", 150, "杭州湾国家湿地公园，候鸟栖息地。",
  "Hangzhou Bay national wetland park, a migratory bird habitat.")
P("baoguo-temple", "保国寺", "Baoguo Temple", HS, "jiangbei", (29.9560, 121.5480), False, "buddhist heritage", 60,
  "保国寺，江南现存最古老的木构大殿。", "Baoguo Temple, the oldest wooden hall south of the Yangtze.")
P("tiantong-temple", "天童寺", "Tiantong Temple", HS, "yinzhou", (29.8060, 121.7880), False,
  "buddhist heritage mountain", 90, "天童寺，禅宗名刹。", "Tiantong Temple, a great Chan monastery.")
P("zhaobaoshan", "招宝山", "Zhaobaoshan", HS, "zhenhai", (29.9720, 121.7130), False, "heritage sea", 60,
  "招宝山与镇海口海防遗址。", "Zhaobaoshan and the Zhenhai coastal-defence sites.")
P("songlanshan", "松兰山", "Songlanshan", SA, "xiangshan", (29.4974, 121.9429), True, "beach sea", 180,
  "松兰山海滨旅游度假区。", "Songlanshan seaside resort with beaches.")
P("xiangshan-film-city", "象山影视城", "Xiangshan Film City", SA, "xiangshan", (29.4310, 121.8880), True,
  "heritage", 240, "象山影视城，古装影视拍摄基地。", "Xiangshan Film City, a period-drama studio park.")
P("xiangshan-harbour", "象山港", "Xiangshan Harbour", SA, "xiangshan", (29.5668, 121.7591), True, "sea", 90,
  "象山港，宁波南部的狭长海湾，港湾风光。", "Xiangshan Harbour, the long narrow bay of southern Ningbo.",
  note="knowledge: Xizhou shore near the Xiangshan Harbour bridge")
P("meishan-beach", "梅山湾万人沙滩", "Meishan Bay Beach", SA, "beilun", (29.7700, 121.9800), True,
  "beach sea", 120, "梅山湾万人沙滩与滨海公园。", "Meishan Bay beach and waterfront park.", extra=[XC])
P("jiufeng-mountain", "九峰山", "Jiufeng Mountain", SA, "beilun", (29.8300, 121.9150), False,
  "mountain", 150, "九峰山，北仑的山水景区。", "Jiufeng Mountain, a hill and waterfall park in Beilun.")
# Zhoushan
P("putuoshan", "普陀山", "Putuoshan", SA, "putuo-zs", 1894694, True, "buddhist island heritage", 300,
  "普陀山，观音道场与海天佛国。", "Putuoshan, the Guanyin pilgrimage island.")
P("zhujiajian-beach", "朱家尖南沙", "Zhujiajian Nansha Beach", SA, "putuo-zs", (29.8899, 122.3989), True,
  "beach", 180, "朱家尖南沙，十里金沙海滩。", "Nansha, the long golden beach of Zhujiajian.")
P("dinghai-old-town", "定海古城", "Dinghai Old Town", HS, "dinghai", (30.0150, 122.1000), True,
  "heritage", 90, "定海古城与鸦片战争遗址公园。", "Dinghai old town and the Opium War memorial park.")
P("sijiao", "泗礁基湖沙滩", "Sijiao (Jihu Beach)", SA, "shengsi", (30.7153, 122.4772), True, "beach island", 180,
  "泗礁岛基湖沙滩，嵊泗最长的沙滩。", "Jihu beach on Sijiao, Shengsi's longest beach.")
P("houtouwan", "后头湾", "Houtouwan", HS, "shengsi", (30.7270, 122.8130), False, "heritage island", 90,
  "嵊山后头湾，被绿藤覆盖的无人村。", "Houtouwan, the ivy-covered abandoned village on Shengshan.")

# --------------------------------------------------------------------------
# 7. Piers and ferry terminals (knowledge of OSM / Wikipedia positions)
# --------------------------------------------------------------------------
PI, FT = "pier", "ferry_terminal"


def Q(pid, zh, en, kind, county, latlon, note=""):
    P(pid, zh, en, kind, county, latlon, False, "", 0, note=note)


# Huangpu River and Suzhou Creek cruise piers
Q("shiliupu-pier", "十六铺码头", "Shiliupu Pier (Bund)", PI, "huangpu", (31.2330, 121.4945))
Q("dongchang-road-pier", "东昌路码头", "Dongchang Road Pier (Lujiazui)", PI, "pudong", (31.2345, 121.5020))
Q("qinhuangdao-road-pier", "秦皇岛路码头", "Qinhuangdao Road Pier (North Bund)", PI, "hongkou", (31.2535, 121.5090))
Q("xuhui-riverside-pier", "徐汇滨江码头", "Xuhui Riverside Pier", PI, "xuhui", (31.1800, 121.4640))
Q("changfeng-park-pier", "长风公园码头", "Changfeng Park Pier (Suzhou Creek)", PI, "putuo-sh", (31.2240, 121.3960))
Q("changhua-road-pier", "昌化路码头", "Changhua Road Pier (Suzhou Creek)", PI, "jingan", (31.2430, 121.4410))
Q("waibaidu-pier", "外白渡桥码头", "Garden Bridge Pier (Suzhou Creek mouth)", PI, "huangpu", (31.2445, 121.4880))
Q("wusongkou-ferry-terminal", "吴淞口国际邮轮码头", "Wusongkou International Cruise Terminal", FT, "baoshan",
  (31.4060, 121.5090))
Q("baoyang-road-ferry-terminal", "宝杨路码头", "Baoyang Road Ferry Terminal", FT, "baoshan", (31.4000, 121.5010))
Q("shidongkou-ferry-terminal", "石洞口码头", "Shidongkou Ferry Terminal", FT, "baoshan", (31.4660, 121.4120))
Q("chongming-nanmen-ferry-terminal", "南门港", "Chongming Nanmen Ferry Terminal", FT, "chongming", (31.6185, 121.3985))
Q("baozhen-ferry-terminal", "堡镇港", "Baozhen Ferry Terminal", FT, "chongming", (31.5180, 121.6120))
Q("xinhe-ferry-terminal", "新河港", "Xinhe Ferry Terminal (Chongming)", FT, "chongming", (31.5780, 121.5120),
  note="knowledge; position good to about 1.5 km")
Q("majiagang-ferry-terminal", "马家港", "Majiagang Ferry Terminal (Changxing)", FT, "chongming", (31.3500, 121.6050),
  note="knowledge; position good to about 1.5 km")
Q("hengsha-ferry-terminal", "横沙码头", "Hengsha Ferry Terminal", FT, "chongming", (31.3150, 121.8470))
Q("minsheng-road-ferry-terminal", "民生路码头", "Minsheng Road Ferry Terminal", FT, "pudong", (31.2500, 121.5350))
Q("luchaogang-ferry-terminal", "芦潮港码头", "Luchaogang Ferry Terminal", FT, "pudong", (30.8530, 121.8700))
# Jiangnan piers
Q("zhujiajiao-pier", "朱家角码头", "Zhujiajiao Pier", PI, "qingpu", (31.1080, 121.0530))
Q("dianshan-lake-pier", "淀山湖码头", "Dianshan Lake Pier", PI, "qingpu", (31.1120, 121.0300))
Q("jinze-pier", "金泽码头", "Jinze Pier", PI, "qingpu", (31.0380, 120.9160))
Q("tongli-pier", "同里码头", "Tongli Pier", PI, "wujiang", (31.1600, 120.7140))
Q("xitang-pier", "西塘码头", "Xitang Pier", PI, "jiashan", (30.9460, 120.8880))
Q("wuzhen-pier", "乌镇码头", "Wuzhen Pier", PI, "tongxiang", (30.7440, 120.4860))
Q("nanxun-pier", "南浔码头", "Nanxun Pier", PI, "nanxun", (30.8700, 120.4210))
Q("luzhi-pier", "甪直码头", "Luzhi Pier", PI, "wuzhong", (31.2750, 120.8670))
Q("xumen-pier", "胥门码头", "Xumen Pier (Suzhou moat)", PI, "gusu", (31.2990, 120.6050))
Q("shantang-pier", "山塘街码头", "Shantang Street Pier", PI, "gusu", (31.3155, 120.6055))
Q("yushan-pier", "常熟虞山码头", "Changshu Pier", PI, "changshu", (31.6560, 120.7380))
Q("yangcheng-lake-pier", "阳澄湖码头", "Yangcheng Lake Pier (Bacheng)", PI, "kunshan", (31.4420, 120.8500))
Q("jinji-lake-pier", "金鸡湖码头", "Jinji Lake Pier", PI, "sip", (31.3180, 120.6720))
Q("south-lake-pier", "南湖码头", "South Lake Pier (Jiaxing)", PI, "nanhu", (30.7510, 120.7630))
Q("qingming-bridge-pier", "清名桥码头", "Qingming Bridge Pier (Wuxi)", PI, "liangxi", (31.5620, 120.3070))
Q("sanjiangkou-pier", "三江口码头", "Sanjiangkou Pier (Ningbo)", PI, "haishu", (29.8755, 121.5575))
Q("dongqian-lake-pier", "东钱湖码头", "Dongqian Lake Pier", PI, "yinzhou", (29.7860, 121.6380))
Q("tianmu-lake-pier", "天目湖码头", "Tianmu Lake Pier", PI, "liyang", (31.3250, 119.4290))
Q("changdang-lake-pier", "长荡湖码头", "Changdang Lake Pier", PI, "jintan", (31.6400, 119.6000))
Q("gehu-pier", "滆湖码头", "Gehu Pier", PI, "wujin", (31.6230, 119.8660))
# Taihu piers
Q("yuantouzhu-pier", "鼋头渚码头", "Yuantouzhu Pier", PI, "binhu", (31.5160, 120.2270))
Q("mashan-pier", "马山码头", "Mashan Pier", PI, "binhu", (31.4700, 120.1100))
Q("xukou-pier", "胥口码头", "Xukou Pier", PI, "wuzhong", (31.2300, 120.4700))
Q("dongshan-pier", "东山码头", "Dongshan Pier", PI, "wuzhong", (31.0800, 120.4000))
Q("jinting-pier", "西山金庭码头", "Jinting Pier (Xishan)", PI, "wuzhong", (31.1300, 120.3200))
Q("qidu-pier", "七都码头", "Qidu Pier", PI, "wujiang", (30.9600, 120.3800))
Q("south-taihu-pier", "南太湖码头", "South Taihu Pier (Huzhou)", PI, "wuxing", (30.9350, 120.1200))
Q("zhoutie-pier", "周铁码头", "Zhoutie Pier", PI, "yixing", (31.4500, 120.0000))
Q("xueyan-pier", "雪堰码头", "Xueyan Pier (Taihu Bay)", PI, "wujin", (31.5150, 120.1000))
# Sea ferry terminals, Zhoushan / Ningbo / Xiangshan
Q("banshengdong-ferry-terminal", "半升洞码头", "Banshengdong Ferry Terminal (Shenjiamen)", FT, "putuo-zs",
  (29.9480, 122.3080))
Q("wugongzhi-ferry-terminal", "蜈蚣峙码头", "Wugongzhi Ferry Terminal (Zhujiajian)", FT, "putuo-zs",
  (29.9040, 122.4010))
Q("putuoshan-ferry-terminal", "普陀山客运码头", "Putuoshan Ferry Terminal", FT, "putuo-zs", (29.9770, 122.3840))
Q("sanjiang-ferry-terminal", "三江客运码头", "Sanjiang Ferry Terminal (Zhoushan)", FT, "dinghai",
  (30.0880, 122.2050), note="knowledge; the brief's 'Sanjiaomen' is read as Sanjiang, the north-shore terminal for Daishan and Shengsi")
Q("yadangshan-ferry-terminal", "鸭蛋山码头", "Yadangshan Ferry Terminal (Dinghai)", FT, "dinghai", (29.9780, 122.1350), note="knowledge; position good to about 2 km")
Q("daishan-ferry-terminal", "岱山客运码头", "Daishan Ferry Terminal (Gaoting)", FT, "daishan", (30.2400, 122.2050))
Q("sijiao-ferry-terminal", "嵊泗李柱山码头", "Shengsi Lizhushan Ferry Terminal (Sijiao)", FT, "shengsi",
  (30.7070, 122.4430), note="knowledge; Lizhushan passenger terminal on Sijiao")
Q("shengshan-ferry-terminal", "嵊山码头", "Shengshan Ferry Terminal", FT, "shengsi", (30.7180, 122.8050))
Q("huaniao-ferry-terminal", "花鸟码头", "Huaniao Ferry Terminal", FT, "shengsi", (30.8450, 122.6850))
Q("yangshan-ferry-terminal", "洋山码头", "Yangshan Ferry Terminal", FT, "shengsi", (30.5950, 122.0800))
Q("baifeng-ferry-terminal", "白峰码头", "Baifeng Ferry Terminal (Beilun)", FT, "beilun", (29.8950, 122.0000))
Q("guoju-ferry-terminal", "郭巨码头", "Guoju Ferry Terminal (Beilun)", FT, "beilun", (29.8000, 122.0300))
Q("liuheng-ferry-terminal", "六横码头", "Liuheng Ferry Terminal", FT, "putuo-zs", (29.7600, 122.1150))
Q("taohua-ferry-terminal", "桃花岛码头", "Taohua Island Ferry Terminal", FT, "putuo-zs", (29.8300, 122.2900))
Q("dongji-ferry-terminal", "东极码头", "Dongji Ferry Terminal", FT, "putuo-zs", (30.1900, 122.6750))
Q("shipu-ferry-terminal", "石浦码头", "Shipu Ferry Terminal", FT, "xiangshan", (29.2000, 121.9550))
Q("jiangyin-ferry-terminal", "江阴客渡码头", "Jiangyin River Ferry Terminal", FT, "jiangyin", (31.9350, 120.2650))

# --------------------------------------------------------------------------
# 8. Bike hubs at lake loops and island loops
# --------------------------------------------------------------------------
BH = "bike_hub"


def B(pid, zh, en, county, src, note=""):
    P(pid, zh, en, BH, county, src, False, "", 0, note=note)


B("dianshan-lake-bike-hub", "淀山湖骑行驿站", "Dianshan Lake Bike Hub", "qingpu", (31.1150, 121.0400))
B("yangcheng-lake-bike-hub", "阳澄湖骑行驿站", "Yangcheng Lake Bike Hub", "xiangcheng", (31.4350, 120.7500))
B("jinji-lake-bike-hub", "金鸡湖骑行驿站", "Jinji Lake Bike Hub", "sip", (31.3100, 120.6900))
B("taihu-xukou-bike-hub", "太湖胥口骑行驿站", "Taihu Xukou Bike Hub", "wuzhong", (31.2350, 120.4800))
B("taihu-dongshan-bike-hub", "太湖东山骑行驿站", "Taihu Dongshan Bike Hub", "wuzhong", (31.0900, 120.4100))
B("taihu-yuantouzhu-bike-hub", "蠡湖骑行驿站", "Lihu Lake Bike Hub (Wuxi)", "binhu", (31.5300, 120.2600))
B("south-taihu-bike-hub", "南太湖骑行驿站", "South Taihu Bike Hub", "wuxing", (30.9250, 120.1300))
B("dishui-lake-bike-hub", "滴水湖骑行驿站", "Dishui Lake Bike Hub", "pudong", (30.9100, 121.9300))
B("chengqiao-bike-hub", "崇明环岛骑行驿站（城桥）", "Chongming Round-Island Bike Hub (Chengqiao)", "chongming",
  (31.6250, 121.4000))
B("changxing-island-bike-hub", "长兴岛骑行驿站", "Changxing Island Bike Hub", "chongming", (31.3950, 121.6900))
B("dongqian-lake-bike-hub", "东钱湖骑行驿站", "Dongqian Lake Bike Hub", "yinzhou", (29.7850, 121.6300))
B("tianmu-lake-bike-hub", "天目湖骑行驿站", "Tianmu Lake Bike Hub", "liyang", (31.3300, 119.4350))
B("changdang-lake-bike-hub", "长荡湖骑行驿站", "Changdang Lake Bike Hub", "jintan", (31.6450, 119.6050))
B("gehu-bike-hub", "滆湖骑行驿站", "Gehu Bike Hub", "wujin", (31.6300, 119.8700))
B("zhoushan-bike-hub", "舟山本岛骑行驿站", "Zhoushan Island Bike Hub", "dinghai", (30.0100, 122.1050))
B("nantong-riverside-bike-hub", "南通滨江骑行驿站", "Nantong Riverside Bike Hub", "chongchuan", (31.9700, 120.8800))

# ==========================================================================
# Writer
# ==========================================================================
def load_geonames():
    with open(GN_CSV, encoding="utf-8") as f:
        return {int(r["geonameid"]): r for r in csv.DictReader(f)}


def build():
    gn = load_geonames()
    feats, seen = [], set()
    for r in ROWS:
        if r["id"] in seen:
            sys.exit(f"duplicate id {r['id']}")
        seen.add(r["id"])
        city, circles = COUNTY[r["county"]]
        circles = list(circles)
        # rule: a water town of the Jiangnan plain also belongs to the water-town circle
        if r["kind"] == W and city in JIANGNAN_PLAIN and WT not in circles:
            circles.append(WT)
        for c in r["extra"]:
            if c not in circles:
                circles.append(c)
        if isinstance(r["src"], int):
            g = gn[r["src"]]
            lat, lon = float(g["lat"]), float(g["lon"])
            source = f"GeoNames {r['src']}"
        else:
            lat, lon = r["src"]
            source = r["note"] if r["kind"] == RS and r["note"] else "knowledge (WGS84, OSM/Wikipedia position)"
            if r["kind"] != RS and r["note"]:
                source += "; " + r["note"]
        props = {
            "id": r["id"], "name_zh": r["zh"], "name_en": r["en"], "kind": r["kind"],
            "city": city, "lodging": r["lodging"], "themes": r["themes"],
            "visit_min": r["visit"], "circles": circles,
        }
        if r["dzh"]:
            props["desc_zh"] = r["dzh"]
            props["desc_en"] = r["den"]
        props["source"] = source
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "Point",
                                   "coordinates": [round(lon, 5), round(lat, 5)]}})
    return feats


def main():
    feats = build()
    # places the network authors needed beyond this table (merge_staging.py writes them)
    added = os.path.join(HERE, "places_added.json")
    if os.path.exists(added):
        known = {f["properties"]["id"] for f in feats}
        with open(added, encoding="utf-8") as f:
            feats += [x for x in json.load(f) if x["properties"]["id"] not in known]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n'
                + ",\n".join(json.dumps(x, ensure_ascii=False) for x in feats) + "\n]}\n")
    print(f"wrote {len(feats)} places to {OUT}")


if __name__ == "__main__":
    main()
