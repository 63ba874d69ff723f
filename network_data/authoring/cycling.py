"""Deterministic authoring script for network_data/cycling.geojson (plan §2.3, 3,500 km).

Run:  .venv/bin/python network_data/authoring/cycling.py [--check]

Inputs
- the waypoint tables below (WGS84 lon/lat; towns from GeoNames, the rest from
  general geographic knowledge of the roads / river banks named in the comments);
- Natural Earth 1:10m lakes / land (read from ../shared/data/naturalearth, never copied):
  lake-loop and island-loop alignments are derived from them (lake polygon offset
  outward, island polygon offset inward, i.e. the shore / sea-wall road).

Outputs
- network_data/cycling.geojson
- network_data/_staging/cycling-places.geojson (places used as from/to)
If network_data/places.geojson exists, its coordinates override ours for the same id.
"""
from __future__ import annotations

import json
import math
import os
import sys

from pyproj import Geod
from shapely.geometry import LineString, Point, Polygon, shape
from shapely.ops import substring, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
ND = os.path.dirname(HERE)
REPO = os.path.dirname(ND)
NE = os.environ.get("NE_DIR", os.path.join(os.path.dirname(REPO), "shared", "data", "naturalearth"))
GEOD = Geod(ellps="WGS84")
MAX_GAP_KM = 9.5

C_SH, C_WT, C_MG, C_TY, C_MT, C_SJ, C_JH, C_SS, C_ZS, C_XS = (
    "shanghai-metropolis", "jiangnan-water-towns", "moganshan-anji", "taihu-yangchenghu",
    "maoshan-tianmuhu", "sanjiangkou-siming", "jianghai-confluence", "shengsi-islands",
    "zhoushan-archipelago", "xiangshan-coast")

# ---------------------------------------------------------------------------
# Places: id -> (name_zh, name_en, kind, city, lon, lat, lodging, themes, visit_min,
#                circles, desc_zh, desc_en, source)
# ---------------------------------------------------------------------------
KN = "knowledge (OSM position, WGS84)"
P = {
    # --- city centres / county seats ---
    "shanghai-hongqiao-station": ("上海虹桥站", "Shanghai Hongqiao Station", "rail_station", "shanghai", 121.3203, 31.1944, True, ["urban"], 0, [C_SH], "上海西部综合交通枢纽。", "Shanghai's western rail and air hub.", KN),
    "suzhou": ("苏州", "Suzhou", "city_center", "suzhou", 120.59538, 31.30408, True, ["heritage", "garden", "canal"], 240, [C_TY, C_WT], "园林之城苏州古城。", "Suzhou old city, the city of classical gardens.", "GeoNames 1886760"),
    "wuxi": ("无锡", "Wuxi", "city_center", "wuxi", 120.28857, 31.56887, True, ["urban", "canal", "food"], 180, [C_TY], "运河与太湖之城无锡市中心。", "Central Wuxi on the Grand Canal.", "GeoNames 1790923"),
    "changzhou": ("常州", "Changzhou", "city_center", "changzhou", 119.95401, 31.77359, True, ["urban", "canal"], 120, [], "常州市中心。", "Central Changzhou.", "GeoNames 1815456"),
    "nantong": ("南通", "Nantong", "city_center", "nantong", 120.87472, 32.03028, True, ["urban", "museum"], 180, [C_JH], "江海门户南通市中心（濠河）。", "Central Nantong around the Hao River.", "GeoNames 1799722"),
    "ningbo": ("宁波", "Ningbo", "city_center", "ningbo", 121.54945, 29.87819, True, ["urban", "heritage"], 180, [C_SJ], "三江口宁波市中心。", "Central Ningbo at the Sanjiangkou confluence.", "GeoNames 1799397"),
    "huzhou": ("湖州", "Huzhou", "city_center", "huzhou", 120.0933, 30.8703, True, ["urban", "lake"], 120, [C_TY], "太湖南岸湖州市中心。", "Central Huzhou, south of Taihu.", "GeoNames 1806535"),
    "jiaxing": ("嘉兴", "Jiaxing", "city_center", "jiaxing", 120.75, 30.7522, True, ["red_culture", "canal", "lake"], 180, [C_WT], "南湖红船所在地嘉兴市中心。", "Central Jiaxing by South Lake and the Red Boat.", "GeoNames 1805953"),
    "zhoushan": ("舟山（定海）", "Zhoushan (Dinghai)", "city_center", "zhoushan", 122.1065, 30.0165, True, ["island", "heritage", "sea"], 120, [C_ZS], "舟山定海古城。", "Dinghai, the historic centre of Zhoushan.", KN),
    "kunshan": ("昆山", "Kunshan", "county_seat", "suzhou", 120.95431, 31.37762, True, ["urban"], 60, [C_WT], "昆山市区。", "Kunshan city.", "GeoNames 1785623"),
    "changshu": ("常熟", "Changshu", "county_seat", "suzhou", 120.75257, 31.65180, True, ["heritage", "mountain", "food"], 180, [C_TY], "虞山脚下的历史文化名城常熟。", "Changshu, historic town at the foot of Yushan.", "GeoNames 6685841 (Yushan subdistrict; adjusted to old town)"),
    "zhangjiagang": ("张家港", "Zhangjiagang", "county_seat", "suzhou", 120.53889, 31.865, True, ["urban"], 60, [], "长江南岸张家港市区。", "Zhangjiagang on the south bank of the Yangtze.", "GeoNames 1787331"),
    "jiangyin": ("江阴", "Jiangyin", "county_seat", "wuxi", 120.26302, 31.91102, True, ["heritage", "urban"], 90, [], "长江南岸江阴城区。", "Jiangyin on the Yangtze.", "GeoNames 1815251"),
    "taicang": ("太仓", "Taicang", "county_seat", "suzhou", 121.09389, 31.44778, True, ["heritage"], 60, [], "太仓城区。", "Taicang town.", "GeoNames 1793703"),
    "qingpu": ("青浦", "Qingpu", "county_seat", "shanghai", 121.11408, 31.15394, True, ["water_town"], 30, [C_WT], "青浦新城。", "Qingpu new town.", "GeoNames 1797798"),
    "songjiang": ("松江", "Songjiang", "county_seat", "shanghai", 121.22326, 31.03443, True, ["heritage"], 90, [C_SH], "上海之根松江。", "Songjiang, 'the root of Shanghai'.", "GeoNames 1794035"),
    "jiashan": ("嘉善", "Jiashan", "county_seat", "jiaxing", 120.91138, 30.85021, True, ["water_town"], 30, [C_WT], "嘉善县城魏塘。", "Weitang, seat of Jiashan county.", "GeoNames 1791604"),
    "deqing": ("德清", "Deqing", "county_seat", "huzhou", 119.95935, 30.54155, True, ["countryside"], 30, [C_MG], "德清县城武康。", "Wukang, seat of Deqing county.", "GeoNames 1791156"),
    "yuyao": ("余姚", "Yuyao", "county_seat", "ningbo", 121.14944, 30.05, True, ["heritage"], 90, [C_SJ], "王阳明故里余姚。", "Yuyao, home town of Wang Yangming.", "GeoNames 1785545"),
    "cixi": ("慈溪", "Cixi", "county_seat", "ningbo", 121.2457, 30.1764, True, ["urban"], 30, [], "慈溪市区浒山。", "Hushan, centre of Cixi.", "GeoNames 1806602"),
    "xiangshan": ("象山", "Xiangshan", "county_seat", "ningbo", 121.86556, 29.47472, True, ["sea", "food"], 60, [C_XS], "象山县城丹城。", "Dancheng, seat of Xiangshan county.", "GeoNames 1813893"),
    "haiyan": ("海盐", "Haiyan", "county_seat", "jiaxing", 120.94856, 30.51539, True, ["sea", "heritage"], 60, [], "钱塘江口北岸海盐县城。", "Haiyan county town on the Hangzhou Bay shore.", "GeoNames 1790862"),
    "haimen": ("海门", "Haimen", "county_seat", "nantong", 121.17274, 31.89619, True, ["urban"], 30, [C_JH], "海门城区。", "Haimen town.", "GeoNames 1801200"),
    "qidong": ("启东", "Qidong", "county_seat", "nantong", 121.655, 31.81111, True, ["sea", "food"], 30, [C_JH], "启东城区汇龙镇。", "Huilong, centre of Qidong.", "GeoNames 1806840"),
    "tongzhou": ("通州", "Tongzhou (Nantong)", "county_seat", "nantong", 121.07355, 32.08982, True, ["urban"], 30, [], "南通市通州区金沙。", "Jinsha, centre of Nantong's Tongzhou district.", "GeoNames 1805408"),
    "chengqiao": ("城桥", "Chengqiao (Chongming)", "county_seat", "shanghai", 121.39252, 31.63082, True, ["island", "heritage"], 60, [C_JH], "崇明区政府所在地城桥镇。", "Chengqiao, seat of Chongming.", "GeoNames 1814915"),
    "dishuihu-station": ("滴水湖站", "Dishuihu Station", "rail_station", "shanghai", 121.91454, 30.90479, False, ["lake"], 0, [C_SH], "地铁16号线终点滴水湖站。", "Dishuihu, terminus of Metro Line 16.", "knowledge (approx. OSM station position, WGS84)"),
    "lingang": ("临港", "Lingang (Dishui Lake)", "town", "shanghai", 121.9300, 30.9140, True, ["lake", "sea", "urban"], 90, [C_SH], "滴水湖畔的临港新城。", "Lingang new town around Dishui Lake.", KN),
    # --- Taihu ring ---
    "yuantouzhu": ("鼋头渚", "Yuantouzhu", "scenic_area", "wuxi", 120.2245, 31.5235, False, ["lake", "garden"], 180, [C_TY], "太湖第一名胜，樱花季著名。", "Wuxi's classic Taihu headland, famous for cherry blossom.", KN),
    "xueyan": ("雪堰", "Xueyan", "town", "changzhou", 120.09471, 31.51006, True, ["lake", "countryside"], 30, [C_TY], "常州太湖湾畔的雪堰镇。", "Xueyan, Changzhou's Taihu Bay town.", "GeoNames 1787982"),
    "zhoutie": ("周铁", "Zhoutie", "town", "wuxi", 119.99542, 31.43889, True, ["lake", "water_town"], 60, [C_TY], "宜兴太湖西岸古镇周铁。", "Zhoutie, old lakeside town in Yixing.", "GeoNames 1784096"),
    "dapu": ("大浦", "Dapu", "town", "wuxi", 119.9240, 31.3000, False, ["lake", "ceramics"], 20, [C_TY], "宜兴太湖西岸大浦。", "Dapu on Yixing's Taihu shore.", KN),
    "jiapu": ("夹浦", "Jiapu", "town", "huzhou", 119.93879, 31.10459, True, ["lake"], 20, [C_TY], "长兴太湖西南岸夹浦镇。", "Jiapu on Changxing's Taihu shore.", "GeoNames 1805984"),
    "huzhou-taihu-resort": ("湖州太湖旅游度假区", "Huzhou Taihu Resort", "scenic_area", "huzhou", 120.1255, 30.9365, True, ["lake"], 120, [C_TY], "太湖南岸度假区（月亮酒店）。", "Resort on Taihu's south shore with the 'moon' hotel.", KN),
    "qidu": ("七都", "Qidu", "town", "suzhou", 120.38813, 30.95273, True, ["lake", "countryside"], 30, [C_TY], "吴江太湖南岸七都镇。", "Qidu on Wujiang's Taihu shore.", "GeoNames 6698821"),
    "hengshan": ("横扇", "Hengshan (Wujiang)", "town", "suzhou", 120.53562, 31.01851, False, ["lake"], 20, [C_TY], "东太湖畔横扇。", "Hengshan on East Taihu.", "GeoNames 1898540"),
    "dongshan": ("东山", "Dongshan", "town", "suzhou", 120.40278, 31.08264, True, ["lake", "heritage", "tea", "food"], 180, [C_TY], "太湖东山半岛古镇，碧螺春产地。", "Dongshan peninsula, old villages and Biluochun tea.", "GeoNames 1812211"),
    "xukou": ("胥口", "Xukou", "town", "suzhou", 120.47697, 31.23428, True, ["lake"], 30, [C_TY], "太湖东岸胥口镇。", "Xukou on Taihu's east shore.", "GeoNames 1787912"),
    "guangfu": ("光福", "Guangfu", "town", "suzhou", 120.38902, 31.28786, True, ["lake", "heritage"], 90, [C_TY], "香雪海赏梅胜地光福。", "Guangfu, plum blossoms of Xiangxuehai.", "GeoNames 1809927"),
    "wangting": ("望亭", "Wangting", "town", "suzhou", 120.44092, 31.4401, False, ["lake", "canal"], 20, [C_TY], "运河入太湖处的望亭。", "Wangting, where the Grand Canal meets Taihu.", "GeoNames 1791881"),
    # --- Yangcheng / Dianshan / Cheng lakes ---
    "bacheng": ("巴城", "Bacheng", "town", "suzhou", 120.87278, 31.45786, True, ["lake", "food", "heritage"], 90, [C_TY], "阳澄湖东岸巴城，大闸蟹与昆曲之乡。", "Bacheng, hairy-crab and Kunqu town on Yangcheng Lake.", "GeoNames 1817853"),
    "weiting": ("唯亭", "Weiting", "town", "suzhou", 120.69399, 31.34652, True, ["lake"], 30, [C_TY], "阳澄湖南岸唯亭。", "Weiting on Yangcheng Lake's south shore.", "GeoNames 8540499"),
    "yangchenghu": ("阳澄湖镇", "Yangchenghu (town)", "town", "suzhou", 120.7235, 31.49358, True, ["lake", "food"], 60, [C_TY], "阳澄湖北岸阳澄湖镇。", "Yangchenghu town on the lake's north side.", "GeoNames 8328222"),
    "zhouzhuang": ("周庄", "Zhouzhuang", "water_town", "suzhou", 120.84427, 31.11788, True, ["water_town", "heritage"], 180, [C_WT], "中国第一水乡周庄。", "Zhouzhuang, the best-known Jiangnan water town.", "GeoNames 1784074"),
    "jinxi": ("锦溪", "Jinxi", "water_town", "suzhou", 120.8933, 31.1793, True, ["water_town", "museum"], 120, [C_WT], "博物馆之乡锦溪古镇。", "Jinxi, water town of small museums.", "GeoNames 8327965"),
    "luzhi": ("甪直", "Luzhi", "water_town", "suzhou", 120.86762, 31.27642, True, ["water_town", "heritage"], 120, [C_WT], "甪直古镇。", "Luzhi ancient water town.", "GeoNames 1801645"),
    "tongli": ("同里", "Tongli", "water_town", "suzhou", 120.71177, 31.16097, True, ["water_town", "garden"], 180, [C_WT], "同里古镇与退思园。", "Tongli water town and the Tuisi Garden.", "GeoNames 1898493"),
    "chefang": ("车坊", "Chefang", "town", "suzhou", 120.7680, 31.2560, False, ["lake"], 10, [C_WT], "澄湖北岸车坊（郭巷）。", "Chefang (Guoxiang), north of Cheng Lake.", KN),
    "dianshanhu": ("淀山湖镇", "Dianshanhu (town)", "town", "suzhou", 121.02473, 31.18415, True, ["lake"], 60, [C_WT], "淀山湖北岸昆山淀山湖镇。", "Kunshan's Dianshanhu town on the lake's north shore.", "GeoNames 7844460"),
    "zhujiajiao": ("朱家角", "Zhujiajiao", "water_town", "shanghai", 121.05696, 31.10757, True, ["water_town", "heritage"], 180, [C_WT], "上海最著名的水乡古镇朱家角。", "Zhujiajiao, Shanghai's best-known water town.", "GeoNames 1783920"),
    "jinze": ("金泽", "Jinze", "water_town", "shanghai", 120.9147, 31.03714, True, ["water_town", "buddhist"], 90, [C_WT], "桥庙文化古镇金泽。", "Jinze, water town of bridges and temples.", "GeoNames 1805307"),
    "shangta": ("商榻", "Shangta", "village", "shanghai", 120.9330, 31.1090, False, ["lake", "countryside"], 20, [C_WT], "淀山湖西岸商榻。", "Shangta on Dianshan Lake's west shore.", KN),
    # --- Gehu / Changdang ---
    "hutang": ("湖塘", "Hutang (Wujin)", "town", "changzhou", 119.94458, 31.71581, True, ["urban"], 20, [], "常州武进区中心湖塘。", "Hutang, centre of Wujin district.", "GeoNames 8411102"),
    "xitaihu": ("西太湖（滆湖）", "West Taihu (Gehu)", "scenic_area", "changzhou", 119.8520, 31.6800, True, ["lake", "wetland"], 90, [], "常州西太湖（滆湖）生态休闲区。", "Changzhou's West Taihu (Gehu) leisure area.", KN),
    "jiaze": ("嘉泽", "Jiaze", "town", "changzhou", 119.7857, 31.68659, True, ["countryside"], 60, [], "花木之乡嘉泽。", "Jiaze, flower and nursery town.", "GeoNames 1548300"),
    "heqiao": ("和桥", "Heqiao", "town", "wuxi", 119.88457, 31.48475, False, ["countryside"], 20, [], "宜兴滆湖南岸和桥。", "Heqiao south of Gehu, Yixing.", "GeoNames 1808330"),
    "jintan": ("金坛", "Jintan", "county_seat", "changzhou", 119.5720, 31.7230, True, ["lake"], 30, [C_MT], "常州金坛区城区。", "Jintan district town.", KN),
    "zhiqian": ("指前", "Zhiqian", "town", "changzhou", 119.48946, 31.61923, False, ["lake"], 20, [C_MT], "长荡湖西岸指前。", "Zhiqian on Changdang Lake's west shore.", "GeoNames 1784500"),
    "rulin": ("儒林", "Rulin", "town", "changzhou", 119.61785, 31.5879, False, ["lake"], 20, [C_MT], "长荡湖东岸儒林。", "Rulin on Changdang Lake's east side.", "GeoNames 1797040"),
    # --- Wusong / Huangpu ---
    "guajingkou": ("瓜泾口", "Guajingkou (Wusong outlet)", "scenic_area", "suzhou", 120.6280, 31.1870, False, ["lake", "wetland"], 30, [C_TY], "吴淞江出太湖的瓜泾口。", "Guajingkou, where the Wusong leaves Taihu.", KN),
    "lujia": ("陆家", "Lujia", "town", "suzhou", 121.0435, 31.31589, False, ["countryside"], 10, [], "吴淞江畔昆山陆家镇。", "Lujia on the Wusong, Kunshan.", "GeoNames 1802078"),
    "huangdu": ("黄渡", "Huangdu", "town", "shanghai", 121.20777, 31.27672, False, ["heritage"], 20, [], "吴淞江畔嘉定黄渡。", "Huangdu on the Wusong, Jiading.", "GeoNames 1807529"),
    "zhongshan-park": ("中山公园", "Zhongshan Park", "scenic_area", "shanghai", 121.4175, 31.2215, False, ["garden", "urban"], 60, [C_SH], "苏州河畔的中山公园。", "Zhongshan Park by Suzhou Creek.", KN),
    "waibaidu-bridge": ("外白渡桥", "Waibaidu Bridge", "heritage_site", "shanghai", 121.4905, 31.2445, False, ["heritage", "urban"], 30, [C_SH], "苏州河汇入黄浦江处的外白渡桥。", "The Garden Bridge where Suzhou Creek meets the Huangpu.", KN),
    "paotaiwan": ("吴淞炮台湾", "Wusong Paotaiwan", "scenic_area", "shanghai", 121.5055, 31.3925, False, ["wetland", "heritage", "red_culture"], 90, [C_SH], "黄浦江口吴淞炮台湾湿地森林公园。", "Paotaiwan wetland park at the mouth of the Huangpu.", KN),
    "shihudang": ("石湖荡", "Shihudang", "town", "shanghai", 121.11446, 30.98516, False, ["countryside"], 20, [C_SH], "黄浦江上游石湖荡。", "Shihudang on the upper Huangpu.", "GeoNames 1795331"),
    "maogang": ("泖港", "Maogang", "town", "shanghai", 121.20901, 30.93487, False, ["countryside"], 20, [C_SH], "浦江之首泖港。", "Maogang at the head of the Huangpu.", "GeoNames 1801227"),
    "minhang": ("闵行", "Minhang", "town", "shanghai", 121.4050, 31.0160, False, ["urban"], 10, [C_SH], "黄浦江畔闵行老城（江川）。", "Old Minhang (Jiangchuan) on the Huangpu.", KN),
    "longhua": ("龙华（徐汇滨江）", "Longhua / Xuhui Riverside", "scenic_area", "shanghai", 121.4700, 31.1760, False, ["urban", "museum", "buddhist"], 120, [C_SH], "徐汇滨江与龙华古寺。", "Xuhui riverside and Longhua Temple.", KN),
    # --- national highways ---
    "anting": ("安亭", "Anting", "town", "shanghai", 121.1576, 31.2989, True, ["museum"], 60, [], "上海汽车城安亭。", "Anting, Shanghai's auto city.", "GeoNames 1817962"),
    "xushuguan": ("浒墅关", "Xushuguan", "town", "suzhou", 120.49817, 31.38028, False, ["canal", "heritage"], 30, [], "运河古关浒墅关。", "Xushuguan, old Grand Canal customs town.", "GeoNames 1787854"),
    "luoshe": ("洛社", "Luoshe", "town", "wuxi", 120.18232, 31.64436, False, ["canal"], 10, [], "运河畔洛社。", "Luoshe on the Grand Canal.", "GeoNames 1801842"),
    "lili": ("黎里", "Lili", "water_town", "suzhou", 120.70686, 30.99409, True, ["water_town", "heritage"], 120, [C_WT], "汾湖畔黎里古镇。", "Lili water town.", "GeoNames 1803618"),
    "pingwang": ("平望", "Pingwang", "town", "suzhou", 120.63611, 30.97667, False, ["canal"], 20, [C_WT], "运河与太浦河交汇处平望。", "Pingwang where the Grand Canal crosses the Taipu.", "GeoNames 1798665"),
    "zhenze": ("震泽", "Zhenze", "water_town", "suzhou", 120.50005, 30.91571, True, ["water_town", "heritage"], 90, [C_WT], "丝绸古镇震泽。", "Zhenze, silk water town.", "GeoNames 1784581"),
    "nanxun": ("南浔", "Nanxun", "water_town", "huzhou", 120.41994, 30.86902, True, ["water_town", "heritage"], 180, [C_WT], "江南水乡南浔古镇。", "Nanxun ancient water town.", "GeoNames 1799642"),
    "fengjing": ("枫泾", "Fengjing", "water_town", "shanghai", 121.01195, 30.89019, True, ["water_town", "heritage"], 120, [C_WT], "沪浙交界的枫泾古镇。", "Fengjing water town on the Shanghai-Zhejiang border.", "GeoNames 1811309"),
    "luodian": ("罗店", "Luodian", "town", "shanghai", 121.33444, 31.41556, True, ["heritage"], 60, [], "宝山罗店古镇。", "Luodian old town, Baoshan.", "GeoNames 1801969"),
    "liuhe": ("浏河", "Liuhe", "town", "suzhou", 121.26276, 31.50862, True, ["heritage", "food"], 60, [], "郑和下西洋起锚地浏河。", "Liuhe, where Zheng He's fleets set sail.", "GeoNames 1803124"),
    "shaxi": ("沙溪", "Shaxi", "water_town", "suzhou", 121.05729, 31.56618, True, ["water_town"], 90, [C_WT], "太仓沙溪古镇。", "Shaxi water town, Taicang.", "GeoNames 1795759"),
    "gucun": ("顾村", "Gucun", "town", "shanghai", 121.39341, 31.34933, False, ["garden"], 60, [C_SH], "顾村公园所在地。", "Gucun, home of Gucun Park.", "GeoNames 1809571"),
    # --- Taihu links ---
    "linghu": ("菱湖", "Linghu", "water_town", "huzhou", 120.17311, 30.71752, True, ["water_town", "countryside"], 60, [C_MG], "湖州菱湖水乡。", "Linghu water town, Huzhou.", "GeoNames 1803520"),
    "xinshi": ("新市", "Xinshi", "water_town", "huzhou", 120.28407, 30.61738, True, ["water_town", "canal"], 120, [C_WT], "德清运河古镇新市。", "Xinshi, Grand Canal water town in Deqing.", "GeoNames 1788640"),
    "leidian": ("雷甸", "Leidian", "town", "huzhou", 120.14051, 30.52241, False, ["countryside"], 10, [C_MG], "德清南端、湖州杭州交界的雷甸。", "Leidian at the Huzhou-Hangzhou boundary.", "GeoNames 1804237"),
    "wangjiangjing": ("王江泾", "Wangjiangjing", "town", "jiaxing", 120.7053, 30.88345, False, ["canal", "heritage"], 30, [C_WT], "运河畔王江泾，长虹桥所在。", "Wangjiangjing with the Changhong canal bridge.", "GeoNames 1792013"),
    "mudu": ("木渎", "Mudu", "water_town", "suzhou", 120.51857, 31.25597, True, ["water_town", "garden"], 120, [C_TY], "灵岩山下的木渎古镇。", "Mudu water town below Lingyan Hill.", "GeoNames 1898359"),
    "weitang": ("渭塘", "Weitang (Xiangcheng)", "town", "suzhou", 120.64515, 31.46486, False, ["countryside"], 10, [], "元和塘畔渭塘。", "Weitang on the Yuanhe Tang canal.", "GeoNames 1898302"),
    "hongshan": ("鸿山", "Hongshan", "town", "wuxi", 120.49199, 31.48541, False, ["heritage"], 60, [C_TY], "吴文化遗址鸿山。", "Hongshan, Wu-culture relic park.", "GeoNames 8540478"),
    "gushan": ("顾山", "Gushan", "town", "wuxi", 120.54877, 31.73278, False, ["heritage"], 20, [], "江阴顾山（红豆树）。", "Gushan, Jiangyin, with its famous red-bean tree.", "GeoNames 1898039"),
    "qingyang": ("青阳", "Qingyang", "town", "wuxi", 120.25188, 31.76525, False, ["canal"], 10, [], "锡澄运河畔青阳。", "Qingyang on the Wuxi-Jiangyin canal.", "GeoNames 1797645"),
    # --- south ---
    "liangnong": ("梁弄", "Liangnong", "town", "ningbo", 121.07465, 29.91278, True, ["red_culture", "mountain"], 120, [C_SJ], "浙东革命根据地旧址梁弄。", "Liangnong, East Zhejiang revolutionary base.", "GeoNames 1803995"),
    "simingshan": ("四明山镇", "Simingshan (town)", "town", "ningbo", 121.11021, 29.73589, True, ["mountain", "countryside"], 90, [C_SJ], "四明山腹地的四明山镇。", "Simingshan town in the heart of the Siming Mountains.", "GeoNames 1794191"),
    "zhangshui": ("章水", "Zhangshui", "town", "ningbo", 121.29935, 29.82036, True, ["mountain", "countryside"], 60, [C_SJ], "海曙四明山区章水镇。", "Zhangshui in Haishu's Siming hills.", "GeoNames 1915377"),
    "yinjiang": ("鄞江", "Yinjiang", "water_town", "ningbo", 121.35519, 29.7742, True, ["heritage", "water_town"], 90, [C_SJ], "它山堰所在地鄞江古镇。", "Yinjiang, site of the Tashan weir.", "GeoNames 1786525"),
    "xikou": ("溪口", "Xikou", "town", "ningbo", 121.27441, 29.68524, True, ["heritage", "mountain", "buddhist"], 240, [C_SJ], "溪口雪窦山风景区。", "Xikou and the Xuedou Mountain scenic area.", "GeoNames 1789355"),
    "dayan": ("大堰", "Dayan", "town", "ningbo", 121.29953, 29.50767, True, ["mountain", "countryside"], 60, [C_SJ], "奉化南部山区大堰。", "Dayan in Fenghua's southern hills.", "GeoNames 1813252"),
    "lubu": ("陆埠", "Lubu", "town", "ningbo", 121.23034, 29.99052, False, ["mountain", "countryside"], 20, [C_SJ], "余姚江畔陆埠。", "Lubu on the Yuyao River.", "GeoNames 1802076"),
    "wuleishan": ("五磊山", "Wulei Mountain", "scenic_area", "ningbo", 121.4330, 30.1200, False, ["mountain", "buddhist"], 120, [], "慈溪五磊山与五磊寺。", "Wulei Mountain and its temple, Cixi.", KN),
    "guanhaiwei": ("观海卫", "Guanhaiwei", "town", "ningbo", 121.4018, 30.17033, True, ["heritage"], 30, [], "明代卫城观海卫。", "Guanhaiwei, Ming coastal garrison town.", "GeoNames 1809998"),
    "zhouxiang": ("周巷", "Zhouxiang", "town", "ningbo", 121.12769, 30.17443, False, ["countryside"], 10, [], "慈溪西部周巷。", "Zhouxiang, western Cixi.", "GeoNames 1784087"),
    "andong": ("庵东", "Andong", "town", "ningbo", 121.21582, 30.26823, True, ["wetland", "sea"], 30, [], "杭州湾南岸庵东（杭州湾新区）。", "Andong in the Hangzhou Bay new area.", "GeoNames 1818099"),
    "longshan": ("龙山", "Longshan (Cixi)", "town", "ningbo", 121.55278, 30.07861, True, ["heritage"], 60, [], "慈溪龙山，达蓬山所在。", "Longshan with Dapeng Mountain, Cixi.", "GeoNames 1802443"),
    "hemudu": ("河姆渡", "Hemudu", "heritage_site", "ningbo", 121.31138, 29.9871, False, ["heritage", "museum"], 90, [C_SJ], "河姆渡遗址。", "The Neolithic Hemudu site.", "GeoNames 1915383"),
    "cicheng": ("慈城", "Cicheng", "water_town", "ningbo", 121.44018, 29.98232, True, ["heritage"], 120, [C_SJ], "江南第一古县城慈城。", "Cicheng, best-preserved old county town.", "GeoNames 1814753"),
    "zhenhai": ("镇海", "Zhenhai", "town", "ningbo", 121.71000, 29.96400, True, ["heritage", "sea"], 60, [C_SJ], "甬江口招宝山与镇海口海防遗址。", "Zhaobao Hill and the Zhenhai coastal forts at the Yong mouth.", "GeoNames 1784647 (adjusted to Zhaobao Hill)"),
    "dongqian-lake": ("东钱湖", "Dongqian Lake", "scenic_area", "ningbo", 121.63216, 29.79147, True, ["lake", "buddhist"], 180, [C_SJ], "浙江最大天然淡水湖东钱湖。", "Dongqian Lake, Zhejiang's largest natural lake.", "GeoNames 7070623"),
    "hanling": ("韩岭", "Hanling", "village", "ningbo", 121.6290, 29.7380, True, ["heritage", "lake"], 60, [C_SJ], "东钱湖南岸韩岭古村。", "Hanling old village on Dongqian Lake.", KN),
    "zhapu": ("乍浦", "Zhapu", "town", "jiaxing", 121.08686, 30.60153, True, ["sea", "heritage"], 60, [], "杭州湾北岸乍浦港镇。", "Zhapu, port town on the north shore.", "GeoNames 1784800"),
    "ganpu": ("澉浦", "Ganpu", "town", "jiaxing", 120.88972, 30.3935, True, ["sea", "heritage"], 60, [], "南北湖畔澉浦古镇。", "Ganpu, old town by the Nanbei Lake.", "GeoNames 1810685"),
    "yanguan": ("盐官", "Yanguan", "water_town", "jiaxing", 120.5460, 30.4040, True, ["heritage", "sea"], 120, [], "钱江观潮胜地盐官古城。", "Yanguan, the Qiantang tidal-bore viewing town.", KN),
    "jinshanwei": ("金山卫", "Jinshanwei", "town", "shanghai", 121.315, 30.72333, True, ["beach", "sea"], 60, [C_SH], "金山城市沙滩附近的金山卫。", "Jinshanwei, near Jinshan city beach.", "GeoNames 1805391"),
    "zhelin": ("柘林", "Zhelin", "town", "shanghai", 121.46917, 30.8325, False, ["sea"], 20, [C_SH], "奉贤海湾柘林。", "Zhelin on the Fengxian bay coast.", "GeoNames 1784755"),
    "fengcheng": ("奉城", "Fengcheng", "town", "shanghai", 121.6404, 30.91578, False, ["heritage"], 20, [C_SH], "奉贤奉城古镇。", "Fengcheng, old walled town in Fengxian.", "GeoNames 1811415"),
    "cengang": ("岑港", "Cengang", "town", "zhoushan", 121.99572, 30.07751, False, ["island", "sea"], 20, [C_ZS], "舟山岛西岸岑港。", "Cengang on Zhoushan Island's west coast.", "GeoNames 1815916"),
    "maao": ("马岙", "Ma'ao", "town", "zhoushan", 122.0867, 30.11377, False, ["island", "heritage"], 60, [C_ZS], "海岛古文化遗址马岙。", "Ma'ao, ancient island culture site.", "GeoNames 1881544"),
    "ganlan": ("干览", "Ganlan", "town", "zhoushan", 122.13698, 30.10268, False, ["island", "sea"], 20, [C_ZS], "舟山岛北岸干览。", "Ganlan on Zhoushan's north coast.", "GeoNames 1810694"),
    "zhanmao": ("展茅", "Zhanmao", "town", "zhoushan", 122.2829, 30.02698, False, ["island", "sea"], 20, [C_ZS], "舟山岛东部展茅。", "Zhanmao in eastern Zhoushan Island.", "GeoNames 1898799"),
    "shenjiamen": ("沈家门", "Shenjiamen", "island_town", "zhoushan", 122.29802, 29.95763, True, ["island", "food", "sea"], 120, [C_ZS], "沈家门渔港与海鲜夜排档。", "Shenjiamen fishing port and seafood night market.", "GeoNames 1795632"),
    "lincheng": ("临城", "Lincheng", "town", "zhoushan", 122.20041, 29.99646, True, ["urban", "island"], 20, [C_ZS], "舟山新城临城。", "Lincheng, Zhoushan's new town.", "GeoNames 1892640"),
    "juexi": ("爵溪", "Juexi", "town", "ningbo", 121.94722, 29.47361, True, ["beach", "sea"], 60, [C_XS], "象山东海岸爵溪。", "Juexi on Xiangshan's east coast.", "GeoNames 1804977"),
    "xinqiao": ("新桥", "Xinqiao (Xiangshan)", "town", "ningbo", 121.86167, 29.31778, False, ["sea", "countryside"], 10, [C_XS], "象山新桥镇。", "Xinqiao, Xiangshan.", "GeoNames 1887681"),
    "shipu": ("石浦", "Shipu", "island_town", "ningbo", 121.9400, 29.2080, True, ["heritage", "sea", "food"], 180, [C_XS], "千年渔港古城石浦。", "Shipu, fishing-port old town.", KN),
    "tuci": ("涂茨", "Tuci", "town", "ningbo", 121.93361, 29.55722, False, ["sea"], 10, [C_XS], "象山东北岸涂茨。", "Tuci on Xiangshan's north-east coast.", "GeoNames 1887715"),
    "xianxiang": ("贤庠", "Xianxiang", "town", "ningbo", 121.84278, 29.58778, False, ["sea"], 10, [C_XS], "象山港口贤庠。", "Xianxiang at the Xiangshan Harbour mouth.", "GeoNames 1887722"),
    "xizhou": ("西周", "Xizhou", "town", "ningbo", 121.67278, 29.47889, False, ["sea", "countryside"], 10, [C_XS], "象山港南岸西周。", "Xizhou on Xiangshan Harbour.", "GeoNames 1788102"),
    # --- north ---
    "baozhen": ("堡镇", "Baozhen", "island_town", "shanghai", 121.6080, 31.5300, True, ["island", "food"], 30, [C_JH], "崇明南岸堡镇港。", "Baozhen port on Chongming's south shore.", KN),
    "chenjiazhen": ("陈家镇", "Chenjiazhen", "island_town", "shanghai", 121.8320, 31.5250, True, ["island", "wetland"], 30, [C_JH], "崇明东部陈家镇。", "Chenjiazhen in eastern Chongming.", KN),
    "dongtan": ("崇明东滩", "Chongming Dongtan", "scenic_area", "shanghai", 121.9150, 31.5200, False, ["wetland", "island"], 120, [C_JH], "候鸟天堂崇明东滩。", "Dongtan bird reserve at Chongming's east end.", KN),
    "dongping-forest": ("东平国家森林公园", "Dongping National Forest Park", "scenic_area", "shanghai", 121.4650, 31.6830, True, ["island", "countryside"], 180, [C_JH], "华东最大平原森林东平国家森林公园。", "Dongping, East China's largest plain forest.", KN),
    "luhua": ("绿华", "Lühua", "island_town", "shanghai", 121.21462, 31.76683, True, ["island", "countryside"], 30, [C_JH], "崇明西端绿华镇与西沙湿地。", "Lühua and the Xisha wetland at Chongming's west end.", "GeoNames 7843649"),
    "changxing-island": ("长兴镇", "Changxing Island (town)", "island_town", "shanghai", 121.7000, 31.3960, True, ["island", "countryside"], 60, [C_JH], "长兴岛中部的长兴镇。", "Changxing town in the middle of Changxing Island.", KN),
    "yuansha": ("圆沙", "Yuansha", "island_town", "shanghai", 121.6250, 31.4230, False, ["island"], 10, [C_JH], "长兴岛西部圆沙。", "Yuansha in western Changxing Island.", KN),
    "langshan": ("狼山", "Langshan", "scenic_area", "nantong", 120.8760, 31.9520, False, ["mountain", "buddhist", "heritage"], 120, [C_JH], "江边五山之首狼山。", "Langshan, first of Nantong's five riverside hills.", KN),
    "zhangzhishan": ("张芝山", "Zhangzhishan", "town", "nantong", 121.00597, 31.92722, False, ["countryside"], 10, [C_JH], "长江北岸张芝山。", "Zhangzhishan on the Yangtze's north bank.", "GeoNames 1785019"),
    "linjiang": ("临江", "Linjiang", "town", "nantong", 121.42024, 31.86668, False, ["countryside"], 10, [C_JH], "海门沿江临江镇。", "Linjiang on Haimen's Yangtze bank.", "GeoNames 1803534"),
    "yuantuojiao": ("圆陀角", "Yuantuojiao", "scenic_area", "nantong", 121.8880, 31.7160, True, ["sea", "wetland"], 90, [C_JH], "江海交汇第一角圆陀角。", "Yuantuojiao, the cape where the Yangtze meets the sea.", KN),
    "lusi": ("吕四", "Lüsi", "town", "nantong", 121.6000, 32.0700, True, ["sea", "food"], 60, [C_JH], "黄海渔港吕四。", "Lüsi fishing port on the Yellow Sea.", KN),
    "yudong": ("余东", "Yudong", "water_town", "nantong", 121.355, 32.02723, False, ["heritage"], 60, [C_JH], "海门余东古镇。", "Yudong old town, Haimen.", "GeoNames 1785963"),
    "erjia": ("二甲", "Erjia", "town", "nantong", 121.18557, 32.02287, False, ["countryside"], 10, [C_JH], "通州二甲镇。", "Erjia, Tongzhou.", "GeoNames 1811693"),
    # --- additions: G104 / G346 / G228 / G320 ext., Xishan, Pudong riverside, Wuzhen link ---
    "changxing": ("长兴", "Changxing", "county_seat", "huzhou", 119.90851, 31.00751, True, ["lake", "tea"], 30, [C_TY], "长兴县城雉城。", "Zhicheng, seat of Changxing county.", "GeoNames 1784553"),
    "yixing": ("宜兴", "Yixing", "county_seat", "wuxi", 119.82016, 31.36059, True, ["ceramics", "tea", "bamboo"], 60, [C_TY, C_MT], "陶都宜兴城区。", "Yixing, the capital of purple-clay pottery.", "GeoNames 1786760"),
    "liyang": ("溧阳", "Liyang", "county_seat", "changzhou", 119.48353, 31.42813, True, ["lake", "tea"], 30, [C_MT], "天目湖所在的溧阳城区。", "Liyang town, gateway to Tianmu Lake.", "GeoNames 1802788"),
    "puyuan": ("濮院", "Puyuan", "water_town", "jiaxing", 120.62912, 30.68022, True, ["water_town"], 90, [C_WT], "濮院古镇。", "Puyuan water town.", "GeoNames 1798417"),
    "tongxiang": ("桐乡", "Tongxiang", "county_seat", "jiaxing", 120.56081, 30.63287, True, ["urban"], 30, [C_WT], "桐乡城区梧桐。", "Wutong, centre of Tongxiang.", "GeoNames 1790942"),
    "lianshi": ("练市", "Lianshi", "town", "huzhou", 120.41672, 30.70846, False, ["water_town"], 20, [C_WT], "南浔练市。", "Lianshi, Nanxun district.", "GeoNames 1803879"),
    "wuzhen": ("乌镇", "Wuzhen", "water_town", "jiaxing", 120.4851, 30.74536, True, ["water_town", "heritage"], 240, [C_WT], "江南水乡乌镇。", "Wuzhen water town.", "GeoNames 1790848"),
    "xishan": ("西山（金庭）", "Xishan (Jinting)", "island_town", "suzhou", 120.30542, 31.13454, True, ["lake", "tea", "heritage", "island"], 240, [C_TY], "太湖最大岛屿西山，古村与碧螺春。", "Xishan, Taihu's largest island: old villages and tea.", "GeoNames 8540497"),
    "mingyuewan": ("明月湾", "Mingyuewan", "village", "suzhou", 120.2720, 31.0900, True, ["heritage", "lake"], 90, [C_TY], "西山南端明月湾古村。", "Mingyuewan old village at Xishan's southern tip.", "knowledge (approx.)"),
    "lujiazui": ("陆家嘴", "Lujiazui", "scenic_area", "shanghai", 121.4995, 31.2397, True, ["urban"], 120, [C_SH], "浦东陆家嘴滨江。", "Lujiazui riverside, Pudong.", KN),
    "qiantan": ("前滩", "Qiantan", "town", "shanghai", 121.4830, 31.1500, False, ["urban"], 30, [C_SH], "浦东滨江南端前滩。", "Qiantan at the south end of the Pudong riverside.", KN),
    "beilun": ("北仑", "Beilun", "county_seat", "ningbo", 121.83778, 29.91917, True, ["sea", "urban"], 30, [], "宁波北仑区新碶。", "Xinqi, centre of Beilun district.", "GeoNames 1816625"),
    "chaiqiao": ("柴桥", "Chaiqiao", "town", "ningbo", 121.91444, 29.86917, False, ["countryside"], 10, [], "北仑柴桥。", "Chaiqiao, Beilun.", "GeoNames 1815839"),
    "baifeng": ("白峰", "Baifeng", "town", "ningbo", 121.99194, 29.87778, False, ["sea"], 10, [], "北仑东端白峰。", "Baifeng at Beilun's eastern tip.", "GeoNames 1887762"),
    "xucun": ("许村", "Xucun", "town", "jiaxing", 120.36473, 30.43523, False, ["countryside"], 10, [], "海宁西端许村，与杭州交界。", "Xucun, Haining's western edge at the Hangzhou boundary.", "GeoNames 1788040"),
    "shajiabang": ("沙家浜", "Shajiabang", "scenic_area", "suzhou", 120.84778, 31.54861, True, ["red_culture", "wetland"], 120, [C_TY], "红色经典沙家浜芦苇荡。", "Shajiabang reed marshes, a red-culture classic.", "GeoNames 8540494"),
    "fenghua": ("奉化", "Fenghua", "county_seat", "ningbo", 121.4064, 29.65628, True, ["food", "heritage"], 60, [C_SJ], "奉化城区。", "Fenghua town.", "GeoNames 1813658"),
}

# ---------------------------------------------------------------------------
# Hand-authored segments: (corridor, suffix, name_zh, name_en, from, to, phase, sub, waypoints)
# waypoints: (lon, lat) between the from and to places (the place coordinates are added).
# ---------------------------------------------------------------------------
S = []

def seg(corr, suf, zh, en, a, b, phase, pts, sub="central"):
    S.append(dict(corridor=corr, suffix=suf, name_zh=zh, name_en=en, a=a, b=b, phase=phase, pts=pts, sub=sub))

# ===== cyc-wusong-river: NE river line (Wusong / Suzhou Creek), riverside roads =====
WUSONG = None  # filled from Natural Earth rivers.geojson below (the river line itself)

# ===== cyc-huangpu-river (knowledge, bank roads) =====
seg("cyc-huangpu-river", "01", "黄浦江（朱家角—石湖荡，拦路港）", "Huangpu headwaters (Zhujiajiao - Shihudang, Lanlu Gang)",
    "zhujiajiao", "shihudang", "2025",
    [(121.045, 31.090), (121.050, 31.065), (121.068, 31.040), (121.085, 31.015), (121.100, 30.998)])
seg("cyc-huangpu-river", "02", "黄浦江（石湖荡—泖港，浦江之首）", "Huangpu (Shihudang - Maogang, head of the Huangpu)",
    "shihudang", "maogang", "2025",
    [(121.135, 30.975), (121.165, 30.962), (121.192, 30.955), (121.210, 30.948)])
seg("cyc-huangpu-river", "03", "黄浦江（泖港—闵行，松江段）", "Huangpu (Maogang - Minhang, Songjiang bank)",
    "maogang", "minhang", "2025",
    [(121.230, 30.958), (121.258, 30.966), (121.285, 30.982), (121.310, 31.000), (121.335, 31.010), (121.370, 31.013)])
seg("cyc-huangpu-river", "04", "黄浦江（闵行—龙华，闵行滨江）", "Huangpu (Minhang - Longhua riverside)",
    "minhang", "xuhui-riverside", "2035",
    [(121.440, 31.028), (121.462, 31.045), (121.482, 31.068), (121.495, 31.095), (121.495, 31.125), (121.480, 31.155)])
seg("cyc-huangpu-river", "05", "黄浦江（龙华—外白渡桥，徐汇滨江与外滩）", "Huangpu (Longhua - Waibaidu Bridge: Xuhui riverside and the Bund)",
    "xuhui-riverside", "bund", "existing",
    [(121.478, 31.185), (121.488, 31.196), (121.499, 31.210), (121.497, 31.228), (121.492, 31.238)])
# lower Huangpu Waibaidu -> Wusongkou follows the NE river line (added below)

# ===== cyc-national-highways: three radials (G312, G318, G320) + G204 north connector =====
seg("cyc-national-highways", "g312-01", "312国道骑行（虹桥—安亭，曹安公路）", "G312 ride (Hongqiao - Anting, Cao'an Highway)",
    "shanghai-hongqiao-station", "anting", "2035",
    [(121.312, 31.215), (121.305, 31.245), (121.280, 31.262), (121.245, 31.278), (121.205, 31.290)])
seg("cyc-national-highways", "g312-02", "312国道骑行（安亭—昆山）", "G312 ride (Anting - Kunshan)",
    "anting", "kunshan", "2035",
    [(121.110, 31.305), (121.060, 31.330), (121.010, 31.352)])
seg("cyc-national-highways", "g312-03", "312国道骑行（昆山—浒墅关，经苏州北）", "G312 ride (Kunshan - Xushuguan, north of Suzhou)",
    "kunshan", "xushuguan", "2035",
    [(120.900, 31.375), (120.845, 31.372), (120.790, 31.360), (120.735, 31.350), (120.690, 31.345), (120.645, 31.345), (120.600, 31.360), (120.560, 31.372)])
seg("cyc-national-highways", "g312-04", "312国道骑行（浒墅关—无锡）", "G312 ride (Xushuguan - Wuxi)",
    "xushuguan", "wuxi", "2035",
    [(120.470, 31.410), (120.440, 31.455), (120.405, 31.495), (120.370, 31.530), (120.330, 31.560)])
seg("cyc-national-highways", "g312-05", "312国道骑行（无锡—洛社）", "G312 ride (Wuxi - Luoshe)",
    "wuxi", "luoshe", "2035",
    [(120.255, 31.595), (120.220, 31.620)])
seg("cyc-national-highways", "g312-06", "312国道骑行（洛社—常州）", "G312 ride (Luoshe - Changzhou)",
    "luoshe", "changzhou", "2050",
    [(120.140, 31.665), (120.095, 31.698), (120.054, 31.728), (120.010, 31.752)])
seg("cyc-national-highways", "g318-01", "318国道骑行（虹桥—青浦，沪青平公路）", "G318 ride (Hongqiao - Qingpu, Huqingping Highway)",
    "shanghai-hongqiao-station", "qingpu", "2025",
    [(121.280, 31.180), (121.235, 31.165), (121.192, 31.152), (121.150, 31.148)])
seg("cyc-national-highways", "g318-02", "318国道骑行（青浦—金泽）", "G318 ride (Qingpu - Jinze)",
    "qingpu", "jinze", "2025",
    [(121.080, 31.125), (121.040, 31.095), (121.000, 31.065), (120.955, 31.048)])
seg("cyc-national-highways", "g318-03", "318国道骑行（金泽—黎里）", "G318 ride (Jinze - Lili)",
    "jinze", "lili", "2025",
    [(120.870, 31.025), (120.820, 31.012), (120.770, 31.002)])
seg("cyc-national-highways", "g318-04", "318国道骑行（黎里—平望）", "G318 ride (Lili - Pingwang)",
    "lili", "pingwang", "2025", [(120.670, 30.985)])
seg("cyc-national-highways", "g318-05", "318国道骑行（平望—震泽）", "G318 ride (Pingwang - Zhenze)",
    "pingwang", "zhenze", "2035",
    [(120.600, 30.960), (120.560, 30.940), (120.530, 30.925)])
seg("cyc-national-highways", "g318-06", "318国道骑行（震泽—南浔）", "G318 ride (Zhenze - Nanxun)",
    "zhenze", "nanxun", "2025", [(120.462, 30.895)])
seg("cyc-national-highways", "g318-07", "318国道骑行（南浔—湖州）", "G318 ride (Nanxun - Huzhou)",
    "nanxun", "huzhou", "2035",
    [(120.370, 30.868), (120.310, 30.870), (120.255, 30.872), (120.200, 30.873), (120.145, 30.872)])
seg("cyc-national-highways", "g320-01", "320国道骑行（虹桥—松江，沪松公路）", "G320 ride (Hongqiao - Songjiang, Husong Highway)",
    "shanghai-hongqiao-station", "songjiang", "2035",
    [(121.310, 31.160), (121.290, 31.125), (121.268, 31.110), (121.250, 31.080), (121.235, 31.055)])
seg("cyc-national-highways", "g320-02", "320国道骑行（松江—枫泾）", "G320 ride (Songjiang - Fengjing)",
    "songjiang", "fengjing", "2035",
    [(121.180, 31.010), (121.130, 30.975), (121.085, 30.945), (121.045, 30.915)])
seg("cyc-national-highways", "g320-03", "320国道骑行（枫泾—嘉善）", "G320 ride (Fengjing - Jiashan)",
    "fengjing", "jiashan", "2035", [(120.960, 30.870)])
seg("cyc-national-highways", "g320-04", "320国道骑行（嘉善—嘉兴）", "G320 ride (Jiashan - Jiaxing)",
    "jiashan", "jiaxing", "2050",
    [(120.865, 30.828), (120.820, 30.800), (120.780, 30.775)])
seg("cyc-national-highways", "g204-01", "204国道骑行（顾村—罗店，沪太公路）", "G204 ride (Gucun - Luodian, Hutai Road)",
    "gucun", "luodian", "2035", [(121.370, 31.380)])
seg("cyc-national-highways", "g204-02", "204国道骑行（罗店—浏河）", "G204 ride (Luodian - Liuhe)",
    "luodian", "liuhe", "2035", [(121.305, 31.448), (121.280, 31.480)])
seg("cyc-national-highways", "g204-03", "204国道骑行（浏河—太仓）", "G204 ride (Liuhe - Taicang)",
    "liuhe", "taicang", "2035", [(121.215, 31.480), (121.160, 31.462)])
seg("cyc-national-highways", "g204-04", "204国道骑行（太仓—沙溪）", "G204 ride (Taicang - Shaxi)",
    "taicang", "shaxi", "2050", [(121.080, 31.495), (121.068, 31.530)])
seg("cyc-national-highways", "g204-05", "204国道骑行（沙溪—常熟）", "G204 ride (Shaxi - Changshu)",
    "shaxi", "changshu", "2050",
    [(121.000, 31.585), (120.950, 31.612), (120.890, 31.630), (120.830, 31.645), (120.790, 31.650)])
seg("cyc-national-highways", "g204-06", "204国道骑行（常熟—张家港）", "G204 ride (Changshu - Zhangjiagang)",
    "changshu", "zhangjiagang", "2050",
    [(120.720, 31.690), (120.680, 31.730), (120.640, 31.775), (120.600, 31.815), (120.565, 31.845)])

# ===== five links: Taihu -> Hangzhou / Jiaxing / Changshu / Zhangjiagang / Jiangyin =====
seg("cyc-taihu-hangzhou", "01", "太湖—杭州骑行通道（太湖度假区—湖州）", "Taihu - Hangzhou (Taihu Resort - Huzhou)",
    "south-taihu-bike-hub", "huzhou", "2025", [(120.118, 30.915), (120.105, 30.893)])
seg("cyc-taihu-hangzhou", "02", "太湖—杭州骑行通道（湖州—菱湖，东苕溪）", "Taihu - Hangzhou (Huzhou - Linghu, East Tiaoxi)",
    "huzhou", "linghu", "2035", [(120.105, 30.840), (120.125, 30.805), (120.145, 30.770), (120.160, 30.740)])
seg("cyc-taihu-hangzhou", "03", "太湖—杭州骑行通道（菱湖—新市）", "Taihu - Hangzhou (Linghu - Xinshi)",
    "linghu", "xinshi", "2035", [(120.185, 30.685), (120.205, 30.655), (120.245, 30.635)])
seg("cyc-taihu-hangzhou", "04", "太湖—杭州骑行通道（新市—雷甸，至杭州界）", "Taihu - Hangzhou (Xinshi - Leidian, to the Hangzhou boundary)",
    "xinshi", "leidian", "2050", [(120.245, 30.590), (120.205, 30.565), (120.170, 30.540)])
seg("cyc-taihu-jiaxing", "01", "太湖—嘉兴骑行通道（横扇—平望）", "Taihu - Jiaxing (Hengshan - Pingwang)",
    "hengshan", "pingwang", "2025", [(120.565, 31.008), (120.600, 30.992)])
seg("cyc-taihu-jiaxing", "02", "太湖—嘉兴骑行通道（平望—王江泾，运河纤道）", "Taihu - Jiaxing (Pingwang - Wangjiangjing, Grand Canal towpath)",
    "pingwang", "wangjiangjing", "2025", [(120.655, 30.945), (120.680, 30.915)])
seg("cyc-taihu-jiaxing", "03", "太湖—嘉兴骑行通道（王江泾—嘉兴南湖）", "Taihu - Jiaxing (Wangjiangjing - Jiaxing South Lake)",
    "wangjiangjing", "jiaxing", "2035", [(120.718, 30.850), (120.732, 30.815), (120.745, 30.785)])
seg("cyc-taihu-changshu", "01", "太湖—常熟骑行通道（胥口—木渎，胥江）", "Taihu - Changshu (Xukou - Mudu, Xu River)",
    "xukou", "mudu", "2025", [(120.498, 31.245)])
seg("cyc-taihu-changshu", "02", "太湖—常熟骑行通道（木渎—苏州古城，胥江）", "Taihu - Changshu (Mudu - Suzhou old city, Xu River)",
    "mudu", "suzhou", "2025", [(120.545, 31.270), (120.570, 31.285), (120.585, 31.298)])
seg("cyc-taihu-changshu", "03", "太湖—常熟骑行通道（苏州—渭塘，元和塘）", "Taihu - Changshu (Suzhou - Weitang, Yuanhe Tang)",
    "suzhou", "weitang", "2035", [(120.615, 31.335), (120.620, 31.370), (120.632, 31.405), (120.640, 31.435)])
seg("cyc-taihu-changshu", "04", "太湖—常熟骑行通道（渭塘—常熟，元和塘）", "Taihu - Changshu (Weitang - Changshu, Yuanhe Tang)",
    "weitang", "changshu", "2035", [(120.665, 31.495), (120.690, 31.545), (120.715, 31.590), (120.735, 31.625)])
seg("cyc-taihu-zhangjiagang", "01", "太湖—张家港骑行通道（望亭—鸿山）", "Taihu - Zhangjiagang (Wangting - Hongshan)",
    "wangting", "hongshan", "2035", [(120.462, 31.458)])
seg("cyc-taihu-zhangjiagang", "02", "太湖—张家港骑行通道（鸿山—顾山）", "Taihu - Zhangjiagang (Hongshan - Gushan)",
    "hongshan", "gushan", "2035", [(120.500, 31.545), (120.515, 31.600), (120.530, 31.655), (120.542, 31.700)])
seg("cyc-taihu-zhangjiagang", "03", "太湖—张家港骑行通道（顾山—张家港）", "Taihu - Zhangjiagang (Gushan - Zhangjiagang)",
    "gushan", "zhangjiagang", "2050", [(120.555, 31.775), (120.548, 31.825)])
seg("cyc-taihu-jiangyin", "01", "太湖—江阴骑行通道（鼋头渚—无锡，蠡湖）", "Taihu - Jiangyin (Yuantouzhu - Wuxi via Lihu)",
    "yuantouzhu", "wuxi", "existing", [(120.226, 31.552), (120.250, 31.556), (120.272, 31.560)])
seg("cyc-taihu-jiangyin", "02", "太湖—江阴骑行通道（无锡—青阳，锡澄运河）", "Taihu - Jiangyin (Wuxi - Qingyang, Xicheng Canal)",
    "wuxi", "qingyang", "2035", [(120.282, 31.610), (120.278, 31.655), (120.270, 31.700), (120.262, 31.735)])
seg("cyc-taihu-jiangyin", "03", "太湖—江阴骑行通道（青阳—江阴，锡澄运河）", "Taihu - Jiangyin (Qingyang - Jiangyin, Xicheng Canal)",
    "qingyang", "jiangyin", "2035", [(120.255, 31.810), (120.258, 31.855)])

# ===== cyc-dianshanhu-chenghu (small lakes absent from NE: knowledge shore roads) =====
seg("cyc-dianshanhu-chenghu", "01", "环淀山湖（淀山湖镇—朱家角，东岸）", "Dianshan Lake loop (Dianshanhu - Zhujiajiao, east shore)",
    "dianshanhu-town", "zhujiajiao", "existing", [(121.030, 31.165), (121.034, 31.140), (121.040, 31.120)])
seg("cyc-dianshanhu-chenghu", "02", "环淀山湖（朱家角—金泽，南岸）", "Dianshan Lake loop (Zhujiajiao - Jinze, south shore)",
    "zhujiajiao", "jinze", "existing", [(121.020, 31.088), (120.990, 31.073), (120.960, 31.065), (120.935, 31.055)])
seg("cyc-dianshanhu-chenghu", "03", "环淀山湖（金泽—商榻，西岸）", "Dianshan Lake loop (Jinze - Shangta, west shore)",
    "jinze", "shangta", "2025", [(120.922, 31.070), (120.926, 31.092)])
seg("cyc-dianshanhu-chenghu", "04", "环淀山湖（商榻—淀山湖镇，北岸）", "Dianshan Lake loop (Shangta - Dianshanhu, north shore)",
    "shangta", "dianshanhu-town", "2025", [(120.936, 31.130), (120.952, 31.158), (120.975, 31.178), (121.000, 31.186)])
seg("cyc-dianshanhu-chenghu", "05", "淀山湖—澄湖（商榻—周庄）", "Dianshan - Cheng Lake (Shangta - Zhouzhuang)",
    "shangta", "zhouzhuang", "2025", [(120.905, 31.112), (120.875, 31.116)])
seg("cyc-dianshanhu-chenghu", "06", "环澄湖（周庄—锦溪）", "Cheng Lake loop (Zhouzhuang - Jinxi)",
    "zhouzhuang", "jinxi", "2025", [(120.858, 31.140), (120.872, 31.160)])
seg("cyc-dianshanhu-chenghu", "07", "环澄湖（锦溪—甪直，东岸）", "Cheng Lake loop (Jinxi - Luzhi, east shore)",
    "jinxi", "luzhi", "2025", [(120.878, 31.205), (120.866, 31.235), (120.862, 31.258)])
seg("cyc-dianshanhu-chenghu", "08", "环澄湖（甪直—车坊，北岸）", "Cheng Lake loop (Luzhi - Chefang, north shore)",
    "luzhi", "chefang", "2035", [(120.835, 31.262), (120.800, 31.258)])
seg("cyc-dianshanhu-chenghu", "09", "环澄湖（车坊—同里，西岸）", "Cheng Lake loop (Chefang - Tongli, west shore)",
    "chefang", "tongli", "2035", [(120.762, 31.230), (120.752, 31.200), (120.735, 31.175)])
seg("cyc-dianshanhu-chenghu", "10", "环澄湖（同里—周庄，南岸）", "Cheng Lake loop (Tongli - Zhouzhuang, south shore)",
    "tongli", "zhouzhuang", "2035", [(120.745, 31.150), (120.780, 31.140), (120.812, 31.128)])

# ===== cyc-dishuihu (Dishui Lake, Lingang) : ring road ~1.55 km from the lake centre =====
_DC = (121.9300, 30.8995)
def _arc(a0, a1, r_km=1.55, n=10):
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out.append((_DC[0] + r_km * math.sin(a) / (111.32 * math.cos(math.radians(_DC[1]))), _DC[1] + r_km * math.cos(a) / 110.57))
    return out
seg("cyc-dishuihu", "01", "环滴水湖（临港—北岸骑行驿站）", "Dishui Lake ring (Lingang - north-shore bike hub)",
    "lingang", "dishui-lake-bike-hub", "existing", _arc(300, 360, n=5))
seg("cyc-dishuihu", "02", "环滴水湖（北岸驿站—东岸—南岸—临港）", "Dishui Lake ring (bike hub - east - south shore - Lingang)",
    "dishui-lake-bike-hub", "lingang", "existing", _arc(0, 300, n=24))

# ===== cyc-hangzhou-bay : north shore (Shanghai sea wall, Pinghu, Haiyan, Haining) and Cixi south shore =====
seg("cyc-hangzhou-bay", "00", "杭州湾北岸（临港—奉城，南汇海岸）", "Hangzhou Bay north shore (Lingang - Fengcheng, Nanhui coast)",
    "lingang", "fengcheng", "2025", [(121.880, 30.895), (121.835, 30.902), (121.785, 30.905), (121.735, 30.910), (121.690, 30.913)])
seg("cyc-hangzhou-bay", "01", "杭州湾北岸（奉城—柘林，奉贤海湾）", "Hangzhou Bay north shore (Fengcheng - Zhelin, Fengxian coast)",
    "fengcheng", "zhelin", "2025", [(121.600, 30.880), (121.560, 30.860), (121.515, 30.845)])
seg("cyc-hangzhou-bay", "02", "杭州湾北岸（柘林—金山卫，漕泾海堤）", "Hangzhou Bay north shore (Zhelin - Jinshanwei, Caojing sea wall)",
    "zhelin", "jinshanwei", "2025", [(121.425, 30.805), (121.385, 30.780), (121.350, 30.748)])
seg("cyc-hangzhou-bay", "03", "杭州湾北岸（金山卫—乍浦）", "Hangzhou Bay north shore (Jinshanwei - Zhapu)",
    "jinshanwei", "zhapu", "2035", [(121.270, 30.712), (121.220, 30.685), (121.170, 30.655), (121.125, 30.625)])
seg("cyc-hangzhou-bay", "04", "杭州湾北岸（乍浦—海盐）", "Hangzhou Bay north shore (Zhapu - Haiyan)",
    "zhapu", "haiyan", "2035", [(121.035, 30.588), (120.990, 30.565), (120.960, 30.535)])
seg("cyc-hangzhou-bay", "05", "杭州湾北岸（海盐—澉浦，秦山）", "Hangzhou Bay north shore (Haiyan - Ganpu via Qinshan)",
    "haiyan", "ganpu", "2035", [(120.925, 30.475), (120.912, 30.435)])
seg("cyc-hangzhou-bay", "06", "杭州湾北岸（澉浦—盐官，钱江海塘）", "Hangzhou Bay north shore (Ganpu - Yanguan, Qiantang sea wall)",
    "ganpu", "yanguan", "2050", [(120.840, 30.385), (120.790, 30.380), (120.735, 30.390), (120.690, 30.405), (120.640, 30.412), (120.595, 30.420), (120.565, 30.440)])
seg("cyc-hangzhou-bay", "07", "杭州湾南岸（周巷—庵东，十塘海堤）", "Hangzhou Bay south shore (Zhouxiang - Andong, sea wall)",
    "zhouxiang", "andong", "2035", [(121.140, 30.215), (121.165, 30.245), (121.190, 30.262)])
seg("cyc-hangzhou-bay", "08", "杭州湾南岸（庵东—观海卫）", "Hangzhou Bay south shore (Andong - Guanhaiwei)",
    "andong", "guanhaiwei", "2035", [(121.265, 30.262), (121.315, 30.245), (121.360, 30.215), (121.390, 30.190)])
seg("cyc-hangzhou-bay", "09", "杭州湾南岸（观海卫—龙山）", "Hangzhou Bay south shore (Guanhaiwei - Longshan)",
    "guanhaiwei", "longshan", "2050", [(121.440, 30.170), (121.485, 30.145), (121.525, 30.110)])

# ===== cyc-wuleishan (Cixi southern hills: Cuiping Shan / Wulei Shan) =====
seg("cyc-wuleishan", "01", "五磊山骑行（慈溪—五磊山，翠屏山南麓）", "Wulei Mountain ride (Cixi - Wulei Mountain, Cuiping hills)",
    "cixi", "wuleishan", "2025", [(121.270, 30.150), (121.305, 30.128), (121.345, 30.118), (121.390, 30.115)])
seg("cyc-wuleishan", "02", "五磊山骑行（五磊山—观海卫）", "Wulei Mountain ride (Wulei Mountain - Guanhaiwei)",
    "wuleishan", "guanhaiwei", "2025", [(121.425, 30.140), (121.410, 30.158)])
seg("cyc-wuleishan", "03", "五磊山骑行（观海卫—慈溪，山北平原）", "Wulei Mountain ride (Guanhaiwei - Cixi)",
    "guanhaiwei", "cixi", "2035", [(121.360, 30.172), (121.305, 30.174)])

# ===== cyc-simingshan (Yuyao / Haishu / Fenghua mountain loops) =====
seg("cyc-simingshan", "01", "四明山骑行（余姚—梁弄）", "Siming ride (Yuyao - Liangnong)",
    "yuyao", "liangnong", "2025", [(121.125, 30.020), (121.100, 29.985), (121.085, 29.950)])
seg("cyc-simingshan", "02", "四明山骑行（梁弄—四明山镇，大岚）", "Siming ride (Liangnong - Simingshan via Dalan)",
    "liangnong", "simingshan", "existing", [(121.080, 29.870), (121.070, 29.830), (121.090, 29.790), (121.105, 29.760)])
seg("cyc-simingshan", "03", "四明山骑行（四明山镇—章水）", "Siming ride (Simingshan - Zhangshui)",
    "simingshan", "zhangshui", "existing", [(121.150, 29.755), (121.195, 29.775), (121.240, 29.795), (121.275, 29.812)])
seg("cyc-simingshan", "04", "四明山骑行（章水—陆埠，鹿亭）", "Siming ride (Zhangshui - Lubu via Luting)",
    "zhangshui", "lubu", "2025", [(121.265, 29.860), (121.240, 29.900), (121.230, 29.945)])
seg("cyc-simingshan", "05", "四明山骑行（陆埠—余姚）", "Siming ride (Lubu - Yuyao)",
    "lubu", "yuyao", "2025", [(121.200, 30.015), (121.175, 30.040)])
seg("cyc-simingshan", "06", "四明山骑行（章水—鄞江）", "Siming ride (Zhangshui - Yinjiang)",
    "zhangshui", "yinjiang", "existing", [(121.330, 29.800)])
seg("cyc-simingshan", "07", "四明山骑行（鄞江—溪口）", "Siming ride (Yinjiang - Xikou)",
    "yinjiang", "xikou", "2025", [(121.340, 29.740), (121.315, 29.710)])
seg("cyc-simingshan", "08", "四明山骑行（溪口—四明山镇，商量岗）", "Siming ride (Xikou - Simingshan via Shangliang'gang)",
    "xikou", "simingshan", "2035", [(121.235, 29.680), (121.195, 29.700), (121.160, 29.715), (121.130, 29.725)])
seg("cyc-simingshan", "09", "四明山骑行（溪口—大堰）", "Siming ride (Xikou - Dayan)",
    "xikou", "dayan", "2035", [(121.285, 29.640), (121.300, 29.595), (121.305, 29.550)])

# ===== cyc-yuyao-yong-river =====
seg("cyc-yuyao-yong-river", "01", "余姚江骑行（余姚—河姆渡）", "Yuyao River ride (Yuyao - Hemudu)",
    "yuyao", "hemudu", "2025", [(121.185, 30.050), (121.215, 30.030), (121.250, 30.020), (121.282, 30.010)])
seg("cyc-yuyao-yong-river", "02", "余姚江骑行（河姆渡—慈城）", "Yuyao River ride (Hemudu - Cicheng)",
    "hemudu", "cicheng", "2025", [(121.350, 29.980), (121.395, 29.972)])
seg("cyc-yuyao-yong-river", "03", "余姚江骑行（慈城—三江口）", "Yuyao River ride (Cicheng - Sanjiangkou)",
    "cicheng", "ningbo", "existing", [(121.465, 29.945), (121.495, 29.915), (121.525, 29.893)])
seg("cyc-yuyao-yong-river", "04", "甬江骑行（三江口—镇海招宝山）", "Yong River ride (Sanjiangkou - Zhenhai)",
    "ningbo", "zhenhai", "2025", [(121.575, 29.888), (121.600, 29.905), (121.630, 29.925), (121.660, 29.945), (121.690, 29.958)])

# ===== cyc-dongqianhu (Dongqian Lake ring, ~ shore road) =====
seg("cyc-dongqianhu", "01", "环东钱湖（陶公岛—东岸—韩岭）", "Dongqian Lake loop (east shore to Hanling)",
    "dongqian-lake-bike-hub", "hanling", "existing",
    [(121.645, 29.792), (121.658, 29.785), (121.666, 29.772), (121.668, 29.757), (121.660, 29.744), (121.645, 29.737)])
seg("cyc-dongqianhu", "02", "环东钱湖（韩岭—西岸—莫枝）", "Dongqian Lake loop (Hanling - west shore - Mozhi)",
    "hanling", "dongqian-lake-bike-hub", "existing",
    [(121.615, 29.742), (121.603, 29.752), (121.600, 29.766), (121.606, 29.779), (121.618, 29.788)])

# ===== cyc-xiangshan-island (Xiangshan peninsula coast) =====
seg("cyc-xiangshan-island", "01", "象山环线（丹城—爵溪）", "Xiangshan coast (Dancheng - Juexi)",
    "xiangshan", "juexi", "2025", [(121.895, 29.478), (121.925, 29.476)])
seg("cyc-xiangshan-island", "02", "象山环线（爵溪—新桥，东海岸）", "Xiangshan coast (Juexi - Xinqiao, east coast)",
    "juexi", "xinqiao", "2035", [(121.928, 29.445), (121.912, 29.410), (121.898, 29.372), (121.878, 29.340)])
seg("cyc-xiangshan-island", "03", "象山环线（新桥—石浦）", "Xiangshan coast (Xinqiao - Shipu)",
    "xinqiao", "shipu", "2035", [(121.850, 29.280), (121.845, 29.240), (121.880, 29.225), (121.915, 29.215)])
seg("cyc-xiangshan-island", "04", "象山环线（丹城—涂茨）", "Xiangshan coast (Dancheng - Tuci)",
    "xiangshan", "tuci", "2025", [(121.880, 29.505), (121.905, 29.535)])
seg("cyc-xiangshan-island", "05", "象山环线（涂茨—爵溪，东海岸）", "Xiangshan coast (Tuci - Juexi, east coast)",
    "tuci", "juexi", "2035", [(121.905, 29.530), (121.910, 29.505), (121.930, 29.480)])
seg("cyc-xiangshan-island", "07", "象山环线（西周—丹城）", "Xiangshan coast (Xizhou - Dancheng)",
    "xizhou", "xiangshan", "2035", [(121.720, 29.470), (121.780, 29.464), (121.825, 29.470)])

# ===== cyc-south-nantong-loop =====
seg("cyc-south-nantong-loop", "01", "南通南部环线（南通—狼山）", "Southern Nantong loop (Nantong - Langshan)",
    "nantong", "langshan", "existing", [(120.878, 32.000), (120.880, 31.975)])
seg("cyc-south-nantong-loop", "02", "南通南部环线（狼山—张芝山，沿江）", "Southern Nantong loop (Langshan - Zhangzhishan, Yangtze bank)",
    "langshan", "zhangzhishan", "existing", [(120.915, 31.945), (120.960, 31.935)])
seg("cyc-south-nantong-loop", "03", "南通南部环线（张芝山—海门）", "Southern Nantong loop (Zhangzhishan - Haimen)",
    "zhangzhishan", "haimen", "2025", [(121.050, 31.915), (121.095, 31.905), (121.135, 31.898)])
seg("cyc-south-nantong-loop", "04", "南通南部环线（海门—临江，沿江）", "Southern Nantong loop (Haimen - Linjiang, Yangtze bank)",
    "haimen", "linjiang", "2025", [(121.220, 31.880), (121.220, 31.893), (121.270, 31.898), (121.320, 31.880), (121.370, 31.870)])
seg("cyc-south-nantong-loop", "05", "南通南部环线（临江—启东）", "Southern Nantong loop (Linjiang - Qidong)",
    "linjiang", "qidong", "2025", [(121.470, 31.855), (121.520, 31.840), (121.570, 31.828), (121.615, 31.818)])
seg("cyc-south-nantong-loop", "06", "南通南部环线（启东—圆陀角）", "Southern Nantong loop (Qidong - Yuantuojiao)",
    "qidong", "yuantuojiao", "2025", [(121.700, 31.790), (121.745, 31.765), (121.790, 31.745), (121.838, 31.728)])
seg("cyc-south-nantong-loop", "07", "南通南部环线（圆陀角—吕四，黄海海堤）", "Southern Nantong loop (Yuantuojiao - Lüsi, Yellow Sea wall)",
    "yuantuojiao", "lvsi", "2035", [(121.870, 31.770), (121.845, 31.830), (121.805, 31.890), (121.760, 31.950), (121.705, 32.000), (121.650, 32.040)])
seg("cyc-south-nantong-loop", "08", "南通南部环线（吕四—余东）", "Southern Nantong loop (Lüsi - Yudong)",
    "lvsi", "yudong", "2035", [(121.540, 32.060), (121.480, 32.050), (121.420, 32.040)])
seg("cyc-south-nantong-loop", "09", "南通南部环线（余东—二甲）", "Southern Nantong loop (Yudong - Erjia)",
    "yudong", "erjia", "2035", [(121.300, 32.025), (121.245, 32.023)])
seg("cyc-south-nantong-loop", "10", "南通南部环线（二甲—通州—南通）", "Southern Nantong loop (Erjia - Tongzhou - Nantong)",
    "erjia", "tongzhou", "2035", [(121.130, 32.050)])
seg("cyc-south-nantong-loop", "11", "南通南部环线（通州—南通）", "Southern Nantong loop (Tongzhou - Nantong)",
    "tongzhou", "nantong", "2025", [(121.020, 32.070), (120.965, 32.055), (120.915, 32.040)])


# ===== additions =====
# G104 (Beijing-Fuzhou) west of Taihu: Huzhou - Changxing - Yixing - Liyang
seg("cyc-national-highways", "g104-01", "104国道骑行（湖州—长兴）", "G104 ride (Huzhou - Changxing)",
    "huzhou", "changxing", "2035", [(120.050, 30.900), (120.000, 30.935), (119.955, 30.965), (119.925, 30.990)])
seg("cyc-national-highways", "g104-02", "104国道骑行（长兴—宜兴）", "G104 ride (Changxing - Yixing)",
    "changxing", "yixing", "2050", [(119.895, 31.040), (119.880, 31.090), (119.865, 31.140), (119.855, 31.190), (119.845, 31.240), (119.835, 31.290), (119.828, 31.330)])
seg("cyc-national-highways", "g104-03", "104国道骑行（宜兴—溧阳）", "G104 ride (Yixing - Liyang)",
    "yixing", "liyang", "2050", [(119.770, 31.380), (119.720, 31.398), (119.660, 31.410), (119.600, 31.420), (119.540, 31.428)])
# G346 (Shanghai-Ankang) = the Yangtze south-bank road: Zhangjiagang - Jiangyin - Changzhou
seg("cyc-national-highways", "g346-01", "346国道沿江骑行（张家港—江阴）", "G346 Yangtze-bank ride (Zhangjiagang - Jiangyin)",
    "zhangjiagang", "jiangyin", "2050", [(120.495, 31.880), (120.450, 31.895), (120.400, 31.902), (120.350, 31.906), (120.300, 31.910)])
seg("cyc-national-highways", "g346-02", "346国道沿江骑行（江阴—常州）", "G346 Yangtze-bank ride (Jiangyin - Changzhou)",
    "jiangyin", "changzhou", "2050", [(120.200, 31.905), (120.140, 31.898), (120.085, 31.885), (120.036, 31.874), (119.995, 31.845), (119.970, 31.810)])
# G228 (coastal highway) in Beilun: Zhenhai - Beilun - Chaiqiao - Baifeng
seg("cyc-national-highways", "g228-01", "228国道滨海骑行（镇海—北仑）", "G228 coastal ride (Zhenhai - Beilun)",
    "zhenhai", "beilun", "2035", [(121.735, 29.950), (121.770, 29.935), (121.805, 29.925)])
seg("cyc-national-highways", "g228-02", "228国道滨海骑行（北仑—柴桥）", "G228 coastal ride (Beilun - Chaiqiao)",
    "beilun", "chaiqiao", "2035", [(121.870, 29.900), (121.895, 29.880)])
seg("cyc-national-highways", "g228-03", "228国道滨海骑行（柴桥—白峰）", "G228 coastal ride (Chaiqiao - Baifeng)",
    "chaiqiao", "baifeng", "2050", [(121.950, 29.870), (121.975, 29.875)])
# G320 beyond Jiaxing to Tongxiang (the Hangzhou boundary lies just south-west)
seg("cyc-national-highways", "g320-05", "320国道骑行（嘉兴—濮院）", "G320 ride (Jiaxing - Puyuan)",
    "jiaxing", "puyuan", "2050", [(120.715, 30.735), (120.680, 30.715), (120.650, 30.695)])
seg("cyc-national-highways", "g320-06", "320国道骑行（濮院—桐乡）", "G320 ride (Puyuan - Tongxiang)",
    "puyuan", "tongxiang", "2050", [(120.595, 30.655)])
# Taihu - Jiaxing, water-town branch: Qidu - Nanxun - Lianshi - Wuzhen - Jiaxing
seg("cyc-taihu-jiaxing", "04", "太湖—嘉兴骑行通道（七都—南浔）", "Taihu - Jiaxing (Qidu - Nanxun)",
    "qidu", "nanxun", "2025", [(120.395, 30.925), (120.405, 30.895)])
seg("cyc-taihu-jiaxing", "05", "太湖—嘉兴骑行通道（南浔—练市）", "Taihu - Jiaxing (Nanxun - Lianshi)",
    "nanxun", "lianshi", "2035", [(120.418, 30.830), (120.417, 30.790), (120.417, 30.750)])
seg("cyc-taihu-jiaxing", "06", "太湖—嘉兴骑行通道（练市—乌镇）", "Taihu - Jiaxing (Lianshi - Wuzhen)",
    "lianshi", "wuzhen", "2035", [(120.445, 30.722), (120.468, 30.738)])
seg("cyc-taihu-jiaxing", "07", "太湖—嘉兴骑行通道（乌镇—嘉兴）", "Taihu - Jiaxing (Wuzhen - Jiaxing)",
    "wuzhen", "jiaxing", "2035", [(120.530, 30.745), (120.580, 30.748), (120.630, 30.750), (120.680, 30.752), (120.720, 30.752)])
# Taihu: Xishan island via the Taihu Bridge (NE 1:10m omits Xishan island: see decisions)
seg("cyc-taihu", "x1", "环太湖·西山（胥口—太湖大桥—西山）", "Taihu ring: Xishan (Xukou - Taihu Bridge - Xishan)",
    "xukou", "jinting", "existing", [(120.455, 31.222), (120.430, 31.205), (120.405, 31.192), (120.380, 31.180), (120.355, 31.172), (120.330, 31.165), (120.315, 31.155)])
seg("cyc-taihu", "x2", "环西山岛（西山—明月湾，东南岸）", "Xishan island loop (Xishan - Mingyuewan, south-east shore)",
    "jinting", "mingyue-bay", "existing", [(120.300, 31.112), (120.288, 31.097)])
seg("cyc-taihu", "x3", "环西山岛（明月湾—西山，西北岸）", "Xishan island loop (Mingyuewan - Xishan, north-west shore)",
    "mingyue-bay", "jinting", "existing", [(120.250, 31.095), (120.230, 31.110), (120.222, 31.130), (120.235, 31.150), (120.255, 31.165), (120.280, 31.172), (120.302, 31.160)])
# Huangpu east bank: Pudong riverside (22 km 'Dong'an' riverside opened 2017)
seg("cyc-huangpu-river", "07", "浦东滨江（陆家嘴—前滩）", "Pudong riverside (Lujiazui - Qiantan)",
    "lujiazui", "qiantan", "existing", [(121.507, 31.232), (121.508, 31.220), (121.500, 31.205), (121.492, 31.192), (121.487, 31.178), (121.484, 31.163)])
# Siming: Xikou - Fenghua - Yinjiang
seg("cyc-simingshan", "10", "四明山骑行（溪口—奉化，剡溪）", "Siming ride (Xikou - Fenghua, Shan Creek)",
    "xikou", "fenghua", "existing", [(121.310, 29.675), (121.350, 29.665), (121.380, 29.660)])
seg("cyc-simingshan", "11", "四明山骑行（奉化—鄞江）", "Siming ride (Fenghua - Yinjiang)",
    "fenghua", "yinjiang", "2035", [(121.395, 29.690), (121.380, 29.720), (121.365, 29.750)])

# G228 (national coastal highway) on the Rudong coast: Lüsi - Rudong (Juegang) - Xiaoyangkou
seg("cyc-national-highways", "g228-04", "228国道滨海骑行（吕四—如东）", "G228 coastal ride (Lüsi - Rudong)",
    "lvsi", "rudong", "2050", [(121.550, 32.080), (121.490, 32.090), (121.430, 32.100), (121.380, 32.130), (121.355, 32.180), (121.345, 32.230), (121.330, 32.270), (121.270, 32.295), (121.220, 32.310)])
seg("cyc-national-highways", "g228-05", "228国道滨海骑行（如东—小洋口）", "G228 coastal ride (Rudong - Xiaoyangkou)",
    "rudong", "xiaoyangkou", "2050", [(121.150, 32.370), (121.110, 32.420), (121.070, 32.470), (121.030, 32.510)])
# G204 north of the Yangtze: Nantong - Pingchao - Rugao
seg("cyc-national-highways", "g204-07", "204国道骑行（南通—如皋）", "G204 ride (Nantong - Rugao)",
    "nantong", "rugao", "2050", [(120.830, 32.070), (120.780, 32.100), (120.740, 32.130), (120.700, 32.180), (120.660, 32.230), (120.620, 32.280), (120.590, 32.330)])
# G204 into central Shanghai (Hutai Road): Gucun - Shanghai Station
seg("cyc-national-highways", "g204-00", "204国道骑行（上海站—顾村，沪太路）", "G204 ride (Shanghai Station - Gucun, Hutai Road)",
    "shanghai-station", "gucun", "2035", [(121.440, 31.270), (121.425, 31.290), (121.410, 31.320)])
# Taihu - Hangzhou, Deqing branch: Linghu - Xiazhu Lake (Deqing station) - Deqing (Wukang)
seg("cyc-taihu-hangzhou", "05", "太湖—杭州骑行通道（菱湖—德清站，下渚湖）", "Taihu - Hangzhou (Linghu - Deqing Station, Xiazhu Lake)",
    "linghu", "deqing-station", "2035", [(120.150, 30.690), (120.120, 30.660), (120.090, 30.630), (120.065, 30.600)])
seg("cyc-taihu-hangzhou", "06", "太湖—杭州骑行通道（德清站—武康）", "Taihu - Hangzhou (Deqing Station - Wukang)",
    "deqing-station", "deqing", "2035", [(120.020, 30.555), (119.990, 30.547)])
# Hangzhou Bay / Qiantang north bank west of Yanguan to the Hangzhou boundary (Haining sea wall)
seg("cyc-hangzhou-bay", "10", "钱塘江北岸（盐官—许村，海宁海塘）", "Qiantang north bank (Yanguan - Xucun, Haining sea wall)",
    "yanguan", "xucun", "2035", [(120.500, 30.445), (120.450, 30.440), (120.405, 30.437)])
# Taihu - Changshu continued to Shajiabang (Kunchenghu / Yangcheng north shore)
seg("cyc-taihu-changshu", "05", "太湖—常熟骑行通道（常熟—沙家浜）", "Taihu - Changshu (Changshu - Shajiabang)",
    "changshu", "shajiabang", "2025", [(120.775, 31.620), (120.800, 31.590), (120.825, 31.565)])
# Siming: Xikou - Xuedou Mountain climb
seg("cyc-simingshan", "12", "四明山骑行（溪口—雪窦山）", "Siming ride (Xikou - Xuedou Mountain)",
    "xikou", "xuedou-mountain", "existing", [(121.255, 29.690), (121.235, 29.700)])

# ---------------------------------------------------------------------------
# Loops derived from Natural Earth polygons: (corridor, prefix zh/en, source layer, name,
#   offset_m (+ outward from a lake, - inward from an island), places in any order, phases by index)
# ---------------------------------------------------------------------------
LOOPS = [
    ("cyc-taihu", "环太湖", "Taihu ring", "lakes", "Tai Hu", 700,
     ["yuantouzhu", "xueyan", "zhoutie", "dapu", "jiapu", "south-taihu-bike-hub", "qidu", "hengshan", "dongshan", "xukou", "guangfu", "wangting"],
     "central", {}),
    ("cyc-yangchenghu", "环阳澄湖", "Yangcheng Lake loop", "lakes", "Yangcheng Lake", 500,
     ["bacheng", "weiting", "yangchenghu", "yangcheng-lake-bike-hub"], "central", {}),
    ("cyc-gehu", "环滆湖", "Gehu Lake loop", "lakes", "Ge Hu", 800,
     ["gehu-bike-hub", "jiaze", "heqiao"], "central", {}),
    ("cyc-changdanghu", "环长荡湖", "Changdang Lake loop", "lakes", "Changdang Lake", 600,
     ["zhiqian", "rulin", "jintan", "changdang-lake-bike-hub"], "central", {}),
    ("cyc-chongming-loop", "环崇明岛", "Chongming Island loop", "land", "Chongming Island", -1500,
     ["chengqiao-bike-hub", "baozhen", "chenjia", "chongming-dongtan", "dongping-forest", "luhua"], "north", {}),
    ("cyc-changxing-loop", "环长兴岛", "Changxing Island loop", "land", "Changxing", -700,
     ["changxing-island-bike-hub", "yuansha"], "north", {}),
    ("cyc-zhoushan-island", "环舟山岛", "Zhoushan Island loop", "land", "Zhoushan Island", -500,
     ["zhoushan", "cengang", "maao", "ganlan", "zhanmao", "shenjiamen", "zhoushan-bike-hub"], "south", {}),
]
# phase per (corridor, from, to) for derived loops (default given here)
LOOP_PHASE = {
    "cyc-taihu": "existing", "cyc-yangchenghu": "existing", "cyc-gehu": "2025",
    "cyc-changdanghu": "2025", "cyc-chongming-loop": "existing", "cyc-changxing-loop": "2025",
    "cyc-zhoushan-island": "2025",
}
LOOP_PHASE_OVERRIDE = {  # (from, to) -> phase
    ("dapu", "jiapu"): "2025", ("jiapu", "dapu"): "2025",
    ("heqiao", "jiaze"): "2035", ("jiaze", "heqiao"): "2035",
    ("rulin", "zhiqian"): "2035", ("zhiqian", "rulin"): "2035",
    ("zhanmao", "ganlan"): "2035", ("ganlan", "zhanmao"): "2035",
    ("cengang", "maao"): "2035", ("maao", "cengang"): "2035",
    ("dongping-forest", "luhua"): "2025", ("luhua", "dongping-forest"): "2025",
}


# ---------------------------------------------------------------------------
def ne(layer):
    with open(os.path.join(NE, layer + ".geojson"), encoding="utf-8") as f:
        return json.load(f)["features"]


class Proj:
    """Local equirectangular projection in metres (good to <0.5% over a lake/island)."""
    def __init__(self, lon0, lat0):
        self.lon0, self.lat0 = lon0, lat0
        self.kx = 111320.0 * math.cos(math.radians(lat0))
        self.ky = 110574.0
    def fwd(self, lon, lat):
        return ((lon - self.lon0) * self.kx, (lat - self.lat0) * self.ky)
    def inv(self, x, y):
        return (self.lon0 + x / self.kx, self.lat0 + y / self.ky)
    def geom(self, g, inv=False):
        from shapely.ops import transform
        f = (lambda x, y, z=None: self.inv(x, y)) if inv else (lambda x, y, z=None: self.fwd(x, y))
        return transform(f, g)


def polygon_for(layer, name):
    for f in ne(layer):
        p = f["properties"]
        if name in (p.get("name_en"), p.get("name")):
            return shape(f["geometry"])
    if name == "Changxing":  # unnamed NE land part containing Changxing Island
        for f in ne(layer):
            g = shape(f["geometry"])
            for part in getattr(g, "geoms", [g]):
                if part.contains(Point(121.70, 31.39)):
                    return part
    raise KeyError(name)


def km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def line_km(coords):
    return sum(km(coords[i], coords[i + 1]) for i in range(len(coords) - 1))


def densify(coords, max_km=MAX_GAP_KM):
    out = [coords[0]]
    n_added = 0
    for b in coords[1:]:
        a = out[-1]
        d = km(a, b)
        if d > max_km:
            n = int(math.ceil(d / max_km))
            for i in range(1, n):
                out.append((a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n))
                n_added += 1
        out.append(b)
    densify.added += n_added
    return out
densify.added = 0


def loop_segments(corr, zh, en, layer, name, offset, ids, sub):
    poly = polygon_for(layer, name)
    c = poly.centroid
    pj = Proj(c.x, c.y)
    pm = pj.geom(poly)
    if offset > 0:
        ring = pm.buffer(offset, join_style=1).exterior
    else:
        ring = pm.buffer(offset, join_style=1)
        ring = max(getattr(ring, "geoms", [ring]), key=lambda g: g.area).exterior
    ring = LineString(ring.simplify(30).coords)
    L = ring.length
    pos = []
    for pid in ids:
        pt = Point(pj.fwd(*place_xy(pid)))
        pos.append((ring.project(pt), pid))
    pos.sort()
    out = []
    for i, (d0, a) in enumerate(pos):
        d1, b = pos[(i + 1) % len(pos)]
        if d1 > d0:
            part = list(substring(ring, d0, d1).coords)
        else:
            part = list(substring(ring, d0, L).coords) + list(substring(ring, 0, d1).coords)[1:]
        pts = [pj.inv(x, y) for x, y in part]
        phase = LOOP_PHASE_OVERRIDE.get((a, b), LOOP_PHASE[corr])
        out.append(dict(corridor=corr, suffix="%02d" % (i + 1),
                        name_zh="%s（%s—%s）" % (zh, pname(a, 0), pname(b, 0)),
                        name_en="%s (%s - %s)" % (en, pname(a, 1), pname(b, 1)),
                        a=a, b=b, phase=phase, pts=pts, sub=sub))
    return out


MAIN_PLACES = {}
def load_main_places():
    p = os.path.join(ND, "places.geojson")
    if os.path.exists(p):
        try:
            with open(p, encoding="utf-8") as f:
                for ft in json.load(f)["features"]:
                    MAIN_PLACES[ft["properties"]["id"]] = ft
        except Exception as e:  # places file being written by another author
            print("warning: places.geojson unreadable:", e, file=sys.stderr)


def pname(pid, i):
    if pid in MAIN_PLACES:
        return MAIN_PLACES[pid]["properties"]["name_zh" if i == 0 else "name_en"]
    return P[pid][i]


def place_xy(pid):
    if pid in MAIN_PLACES:
        x, y = MAIN_PLACES[pid]["geometry"]["coordinates"][:2]
        return (x, y)
    return (P[pid][4], P[pid][5])


def wusong_segments():
    for f in ne("rivers"):
        if (f["properties"].get("name_en") or "").startswith("Wusong"):
            line = [tuple(c) for c in f["geometry"]["coordinates"]]
    line = line[3:]  # the first vertices lie in East Taihu (NE draws the outlet inside the lake)
    cuts = [("guajingkou", "luzhi", "existing", "吴淞江骑行（瓜泾口—甪直）", "Wusong River ride (Guajingkou - Luzhi)"),
            ("luzhi", "lujia", "2025", "吴淞江骑行（甪直—陆家）", "Wusong River ride (Luzhi - Lujia)"),
            ("lujia", "huangdu", "2035", "吴淞江骑行（陆家—黄渡）", "Wusong River ride (Lujia - Huangdu)"),
            ("huangdu", "zhongshan-park", "2025", "苏州河骑行（黄渡—中山公园）", "Suzhou Creek ride (Huangdu - Zhongshan Park)"),
            ("zhongshan-park", "bund", "existing", "苏州河滨河步道（中山公园—外白渡桥）", "Suzhou Creek riverside (Zhongshan Park - Waibaidu Bridge)"),
            ("bund", "paotaiwan", "2025", "黄浦江骑行（外白渡桥—吴淞口，杨浦滨江）", "Huangpu ride (Waibaidu Bridge - Wusongkou, Yangpu riverside)")]
    ls = LineString(line)
    out = []
    for i, (a, b, ph, zh, en) in enumerate(cuts):
        da, db = ls.project(Point(place_xy(a))), ls.project(Point(place_xy(b)))
        pts = list(substring(ls, da, db).coords)
        corr = "cyc-huangpu-river" if b == "paotaiwan" else "cyc-wusong-river"
        suf = "06" if b == "paotaiwan" else "%02d" % (i + 1)
        out.append(dict(corridor=corr, suffix=suf, name_zh=zh, name_en=en, a=a, b=b, phase=ph, pts=pts, sub="central"))
    return out


def build():
    load_main_places()
    with open(os.path.join(ND, "corridors.json"), encoding="utf-8") as f:
        subs = {c["id"]: c.get("sub_network") for c in json.load(f)["corridors"] if c["network"] == "cycling"}
    segs = list(S) + wusong_segments()
    for L_ in LOOPS:
        segs += loop_segments(*L_[:8])
    feats = []
    for s in segs:
        A, B = place_xy(s["a"]), place_xy(s["b"])
        pts = [tuple(p) for p in s["pts"]]
        if not pts or km(A, pts[0]) > 0.05:
            pts = [A] + pts
        else:
            pts[0] = A
        if km(B, pts[-1]) > 0.05:
            pts = pts + [B]
        else:
            pts[-1] = B
        pts = densify(pts)
        coords = [[round(x, 5), round(y, 5)] for x, y in pts]
        # drop duplicates after rounding
        cc = [coords[0]] + [c for i, c in enumerate(coords[1:]) if c != coords[i]]
        fid = "cyc-%s-%s" % (s["corridor"][4:], s["suffix"])
        feats.append({"type": "Feature", "properties": {
            "id": fid, "network": "cycling", "corridor": s["corridor"],
            "name_zh": s["name_zh"], "name_en": s["name_en"], "from": s["a"], "to": s["b"],
            "phase": s["phase"], "mode": "bike", "sub_network": subs[s["corridor"]]},
            "geometry": {"type": "LineString", "coordinates": cc}})
    return feats


def place_features(feats):
    used = []
    for f in feats:
        for k in ("from", "to"):
            if f["properties"][k] not in used:
                used.append(f["properties"][k])
    out = []
    for pid in used:
        if pid in MAIN_PLACES:  # reuse the main places file (ids, coordinates, properties)
            ft = json.loads(json.dumps(MAIN_PLACES[pid]))
            pr = ft["properties"]
            for i, k in ((10, "desc_zh"), (11, "desc_en")):
                if not pr.get(k):
                    pr[k] = P[pid][i] if pid in P else (pr["name_zh"] + "（骑行网络换乘点）。" if i == 10 else pr["name_en"] + " (cycling-network transfer point).")
            out.append(ft)
            continue
        zh, en, kind, city, lon, lat, lodging, themes, vmin, circles, dzh, den, src = P[pid]
        x, y = place_xy(pid)
        if pid in MAIN_PLACES:
            src = MAIN_PLACES[pid]["properties"].get("source", src)
        out.append({"type": "Feature", "properties": {
            "id": pid, "name_zh": zh, "name_en": en, "kind": kind, "city": city, "lodging": lodging,
            "themes": themes, "visit_min": vmin, "circles": circles, "desc_zh": dzh, "desc_en": den,
            "source": src}, "geometry": {"type": "Point", "coordinates": [round(x, 5), round(y, 5)]}})
    return out


def dump(path, feats):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n'
                + ",\n".join(json.dumps(ft, ensure_ascii=False) for ft in feats) + "\n]}\n")


if __name__ == "__main__":
    feats = build()
    dump(os.path.join(ND, "cycling.geojson"), feats)
    dump(os.path.join(ND, "_staging", "cycling-places.geojson"), place_features(feats))
    tot = sum(line_km(f["geometry"]["coordinates"]) for f in feats)
    print("segments", len(feats), "total km %.1f" % tot, "densify-added", densify.added)
