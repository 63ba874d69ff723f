"""Authoring script: level-1 regional greenways (一级区域绿道) -> network_data/_staging/greenway-l1*.geojson

Deterministic. Waypoint tables below name the real features each route follows.
Shore / coast / river-bank geometry is derived from Natural Earth 1:10m (public domain), read from
../shared/data/naturalearth (never copied): lake polygons are offset OUTWARD (lake-shore path on land),
the mainland / island outlines are offset INWARD (seawall / riverbank path on land), the Wusong River /
Suzhou Creek / lower Huangpu line is offset to one bank. Town coordinates: GeoNames (CC BY 4.0) where the
source says so, otherwise OpenStreetMap-based knowledge (WGS84).

Run:  .venv/bin/python network_data/authoring/greenway_l1.py
"""
import json
import math
import os
import sys

import numpy as np
from shapely.geometry import LineString, Point, shape
from shapely.ops import substring, transform, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
ND = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ND, '..', '..', 'shared', 'data', 'naturalearth'))
OUT = os.path.join(ND, '_staging', 'greenway-l1.geojson')
OUT_PLACES = os.path.join(ND, '_staging', 'greenway-l1-places.geojson')
MAIN_PLACES = os.path.join(ND, 'places.geojson')

LAT0 = 30.8
KX = 111.320 * math.cos(math.radians(LAT0))
KY = 110.574


def tokm(g):
    return transform(lambda x, y, z=None: (np.asarray(x) * KX, np.asarray(y) * KY), g)


def todeg(g):
    return transform(lambda x, y, z=None: (np.asarray(x) / KX, np.asarray(y) / KY), g)


def hav(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def load(name):
    with open(os.path.join(SHARED, name + '.geojson'), encoding='utf-8') as f:
        return json.load(f)['features']


# ---------------------------------------------------------------- Natural Earth reference shapes (km plane)
_lakes = {f['properties'].get('name_en') or f['properties'].get('name'): tokm(shape(f['geometry'])) for f in load('lakes')}
_land_feats = [tokm(shape(f['geometry'])) for f in load('land')]
_islands = [tokm(shape(f['geometry'])) for f in load('minor_islands')]
LAND = unary_union(_land_feats + _islands)
LAKES = unary_union(list(_lakes.values()))
_rivers = {f['properties'].get('name_en') or '': tokm(shape(f['geometry'])) for f in load('rivers')}


def _biggest(g):
    if g.geom_type == 'Polygon':
        return g
    return max(g.geoms, key=lambda p: p.area)


def _part_containing(lon, lat):
    p = tokm(Point(lon, lat))
    for g in _land_feats:
        for q in getattr(g, 'geoms', [g]):
            if q.distance(p) < 3:
                return q
    raise ValueError((lon, lat))


RINGS = {
    # lake-shore paths: lake polygon offset outward
    'taihu': _lakes['Tai Hu'].buffer(0.45).exterior,
    'yangcheng': _lakes['Yangcheng Lake'].buffer(0.35).exterior,
    'changdang': _lakes['Changdang Lake'].buffer(0.35).exterior,
    'gehu': _lakes['Ge Hu'].buffer(0.35).exterior,
    # seawalls / river banks: land outline offset inward
    'mainland': _biggest(_biggest(unary_union(_land_feats)).buffer(-0.45)).exterior,
    'zhoushan': _biggest(_part_containing(122.2, 30.0).buffer(-0.35)).exterior,
    'zhujiajian': _biggest(_part_containing(122.38, 29.9).buffer(-0.3)).exterior,
    'daishan': _biggest(_part_containing(122.2, 30.29).buffer(-0.3)).exterior,
}
_wus = [g for k, g in _rivers.items() if k.startswith('Wusong')][0]
LINES = {
    # Wusong River / Suzhou Creek / lower Huangpu (flows west -> east -> north to Wusongkou)
    'wusong-left': _wus.offset_curve(0.25),   # left bank looking downstream (north bank of Suzhou Creek, west bank of lower Huangpu)
    'wusong-right': _wus.offset_curve(-0.25),
}


def _clean(coords, tol=0.08, maxstep=6.0):
    ls = LineString(coords).simplify(tol)
    out = [ls.coords[0]]
    for c in list(ls.coords)[1:]:
        a = out[-1]
        d = math.dist(a, c)
        n = int(d // maxstep) + 1
        for i in range(1, n + 1):
            t = i / n
            out.append((a[0] + (c[0] - a[0]) * t, a[1] + (c[1] - a[1]) * t))
    return out


def follow_ring(ring, a, b, how):
    """part of closed ring between the points nearest a and b (deg in, km coords out)."""
    pa, pb = tokm(Point(a)), tokm(Point(b))
    L = ring.length
    la, lb = ring.project(pa), ring.project(pb)

    def arc(s, e):  # forward along ring from s to e
        if e >= s:
            return list(substring(ring, s, e).coords)
        return list(substring(ring, s, L).coords) + list(substring(ring, 0, e).coords)[1:]

    fwd = arc(la, lb)
    bwd = arc(lb, la)[::-1]
    lf, lbk = LineString(fwd).length, LineString(bwd).length
    if how == 'short':
        res = fwd if lf <= lbk else bwd
    elif how == 'long':
        res = fwd if lf > lbk else bwd
    elif how == 'fwd':
        res = fwd
    else:
        res = bwd
    return _clean(res)


def follow_line(line, a, b):
    pa, pb = tokm(Point(a)), tokm(Point(b))
    la, lb = line.project(pa), line.project(pb)
    if la <= lb:
        res = list(substring(line, la, lb).coords)
    else:
        res = list(substring(line, lb, la).coords)[::-1]
    return _clean(res)


# ---------------------------------------------------------------- places
# id: (name_zh, name_en, kind, city, lodging, themes, visit_min, circles, (lon, lat), source, desc_zh, desc_en)
SM, WT, TY, MA, MT, SS, JH, ZS, XS = ('shanghai-metropolis', 'jiangnan-water-towns', 'taihu-yangchenghu',
                                       'moganshan-anji', 'maoshan-tianmuhu', 'sanjiangkou-siming',
                                       'jianghai-confluence', 'zhoushan-archipelago', 'xiangshan-coast')
K = 'OSM-based position (knowledge)'
P = {
    # --- Shanghai
    'shanghai': ('上海人民广场', 'Shanghai (People\'s Square)', 'city_center', 'shanghai', True, ['urban', 'museum', 'food'], 120, [SM], (121.4737, 31.2317), K, '上海市中心人民广场。', 'The centre of Shanghai at People\'s Square.'),
    'bund': ('外滩', 'The Bund', 'heritage_site', 'shanghai', True, ['heritage', 'urban'], 90, [SM], (121.4905, 31.2400), K, '黄浦江西岸的万国建筑博览群与滨江步道。', 'Riverside promenade with the historic banks and trading houses on the Huangpu.'),
    'wusongkou': ('吴淞口（炮台湾湿地森林公园）', 'Wusongkou (Paotaiwan Wetland Park)', 'scenic_area', 'shanghai', True, ['wetland', 'urban'], 90, [SM, JH], (121.5020, 31.3960), K, '黄浦江与长江交汇处的滨江湿地公园和邮轮港。', 'Wetland park and cruise port where the Huangpu meets the Yangtze.'),
    'xuhui-riverside': ('徐汇滨江（西岸）', 'Xuhui Riverside (West Bund)', 'scenic_area', 'shanghai', False, ['urban', 'museum'], 90, [SM], (121.4605, 31.1740), K, '由工业岸线改造的滨江公共空间与美术馆群。', 'Former industrial riverbank turned into a promenade with art museums.'),
    'wujing': ('吴泾', 'Wujing', 'town', 'shanghai', False, ['urban'], 0, [], (121.4640, 31.0460), K, '黄浦江畔的闵行镇，滨江绿道由此转入郊野段。', 'Minhang town on the Huangpu where the riverside greenway turns rural.'),
    'lujiazui': ('陆家嘴滨江', 'Lujiazui Riverside', 'scenic_area', 'shanghai', True, ['urban'], 60, [SM], (121.4990, 31.2410), K, '浦东陆家嘴的滨江步道，正对外滩。', 'Pudong riverside walk facing the Bund.'),
    'expo-park': ('世博文化公园', 'Expo Culture Park', 'scenic_area', 'shanghai', False, ['urban', 'garden'], 90, [SM], (121.4915, 31.1870), K, '世博会旧址上的黄浦江滨江大公园。', 'Large riverside park on the former Expo site.'),
    'qiantan': ('前滩', 'Qiantan', 'scenic_area', 'shanghai', False, ['urban'], 30, [SM], (121.4725, 31.1420), K, '浦东滨江南段的新城区与休闲岸线。', 'New riverside district at the southern end of the Pudong riverfront.'),
    'gaoqiao': ('高桥', 'Gaoqiao', 'town', 'shanghai', False, ['heritage', 'urban'], 60, [SM], (121.5720, 31.3530), K, '浦东北部的历史古镇，近黄浦江口。', 'Historic town in north Pudong near the mouth of the Huangpu.'),
    'zhongshan-park': ('中山公园（苏州河）', 'Zhongshan Park (Suzhou Creek)', 'scenic_area', 'shanghai', False, ['urban', 'garden'], 60, [SM], (121.4175, 31.2225), K, '苏州河畔的百年公园。', 'Century-old park on the bend of Suzhou Creek.'),
    'huangdu': ('黄渡', 'Huangdu', 'town', 'shanghai', False, ['heritage'], 30, [], (121.20777, 31.27672), 'GeoNames 1807529', '吴淞江畔的嘉定古镇。', 'Jiading town on the Wusong River.'),
    'chedun': ('车墩', 'Chedun', 'town', 'shanghai', False, ['museum'], 60, [SM], (121.30775, 31.01866), 'GeoNames 1815347', '黄浦江畔的松江镇，有上海影视乐园。', 'Songjiang town on the Huangpu with the Shanghai Film Park.'),
    'shihudang': ('石湖荡（米市渡，黄浦江源）', 'Shihudang (Mishidu, Huangpu source)', 'town', 'shanghai', False, ['countryside', 'wetland'], 30, [], (121.11446, 30.98516), 'GeoNames 1795331', '太浦河与斜塘等汇成黄浦江的松江乡镇。', 'Songjiang town where the Taipu and Xietang waters form the Huangpu.'),
    'liantang': ('练塘', 'Liantang', 'water_town', 'shanghai', True, ['water_town', 'red_culture'], 90, [WT], (121.04606, 31.01167), 'GeoNames 1803861', '青浦水乡古镇，陈云故里。', 'Qingpu water town, home of Chen Yun.'),
    'jinze': ('金泽', 'Jinze', 'water_town', 'shanghai', True, ['water_town', 'heritage', 'buddhist'], 120, [WT], (120.9147, 31.03714), 'GeoNames 1805307', '以古桥著称的青浦水乡古镇。', 'Qingpu water town known for its ancient bridges.'),
    'zhujiajiao': ('朱家角', 'Zhujiajiao', 'water_town', 'shanghai', True, ['water_town', 'heritage', 'food'], 180, [WT], (121.05696, 31.10757), 'GeoNames 1783920', '淀山湖畔的明清水乡古镇。', 'Ming-Qing water town by Dianshan Lake.'),
    'sheshan': ('佘山', 'Sheshan', 'scenic_area', 'shanghai', True, ['mountain', 'heritage'], 180, [SM], (121.17938, 31.10111), 'GeoNames 8307081', '上海唯一的自然山林，有天文台和圣母大殿。', 'Shanghai\'s wooded hills with the observatory and basilica.'),
    'songjiang': ('松江', 'Songjiang', 'county_seat', 'shanghai', True, ['heritage', 'urban'], 90, [SM], (121.22326, 31.03443), 'GeoNames 1794035', '上海之根，松江老城。', 'The old city of Songjiang, the "root of Shanghai".'),
    'fengjing': ('枫泾', 'Fengjing', 'water_town', 'shanghai', True, ['water_town', 'heritage', 'food'], 150, [WT], (121.01195, 30.89019), 'GeoNames 1811309', '沪浙交界的金山水乡古镇。', 'Jinshan water town on the Shanghai-Zhejiang border.'),
    'zhujing': ('朱泾（金山新城）', 'Zhujing (Jinshan)', 'county_seat', 'shanghai', True, ['urban'], 30, [], (121.15966, 30.901), 'GeoNames 1783903', '金山区城区。', 'Urban centre of Jinshan District.'),
    'jinshan-city-beach': ('金山城市沙滩', 'Jinshan City Beach', 'scenic_area', 'shanghai', True, ['beach', 'sea'], 120, [SM], (121.3420, 30.7080), K, '杭州湾北岸的人工沙滩与海堤步道。', 'Man-made beach and seawall promenade on the north shore of Hangzhou Bay.'),
    'fengxian-bay': ('海湾（奉贤碧海金沙）', 'Haiwan (Fengxian Bihai Jinsha)', 'town', 'shanghai', True, ['beach', 'sea', 'wetland'], 120, [SM], (121.5450, 30.8320), K, '奉贤海湾旅游区，海湾森林公园与海滨。', 'Fengxian bay resort with a seaside forest park.'),
    'lingang': ('临港（滴水湖）', 'Lingang (Dishui Lake)', 'town', 'shanghai', True, ['lake', 'sea', 'museum'], 120, [SM], (121.9300, 30.9050), K, '滴水湖畔的临港新城，有航海博物馆。', 'New city around Dishui Lake with the Maritime Museum.'),
    'nanhuizui_unused': ('南汇嘴观海公园', 'Nanhuizui Sea-Viewing Park', 'scenic_area', 'shanghai', False, ['sea', 'wetland'], 60, [SM], (121.9770, 30.8840), K, '上海大陆东南角的观海公园。', 'Sea-viewing park on the south-east tip of mainland Shanghai.'),
    'laogang': ('老港', 'Laogang', 'town', 'shanghai', False, ['countryside', 'wetland'], 0, [], (121.84306, 31.02917), 'GeoNames 1804401', '浦东东部海塘边的乡镇。', 'Pudong coastal town behind the seawall.'),
    'sanjiagang': ('三甲港', 'Sanjiagang', 'scenic_area', 'shanghai', False, ['sea', 'beach'], 60, [SM], (121.7800, 31.2100), K, '浦东长江口海滨游憩地。', 'Pudong seaside leisure spot on the Yangtze mouth.'),
    # --- Suzhou
    'suzhou': ('苏州', 'Suzhou (Old City)', 'city_center', 'suzhou', True, ['garden', 'heritage', 'canal', 'food'], 240, [TY], (120.59538, 31.30408), 'GeoNames 1886760', '世界遗产园林与运河环绕的苏州古城。', 'Suzhou old city, ringed by canals, with its World Heritage gardens.'),
    'hanshan-temple': ('枫桥（寒山寺）', 'Fengqiao (Hanshan Temple)', 'heritage_site', 'suzhou', True, ['heritage', 'canal', 'buddhist'], 90, [TY], (120.54801, 31.3134), 'GeoNames 1898346', '大运河畔的枫桥古镇与寒山寺。', 'Canal-side Maple Bridge and Hanshan Temple.'),
    'songling': ('松陵（吴江）', 'Songling (Wujiang)', 'county_seat', 'suzhou', True, ['canal', 'lake', 'urban'], 30, [TY], (120.71758, 31.1933), 'GeoNames 1898494', '吴江区城区，大运河与东太湖之间。', 'Wujiang district centre between the Grand Canal and East Taihu.'),
    'pingwang': ('平望', 'Pingwang', 'town', 'suzhou', True, ['canal', 'heritage'], 60, [WT], (120.63611, 30.97667), 'GeoNames 1798665', '运河与太浦河交汇的古镇，莺湖。', 'Ancient town where the Grand Canal crosses the Taipu River.'),
    'tongli': ('同里', 'Tongli', 'water_town', 'suzhou', True, ['water_town', 'garden', 'heritage'], 180, [WT], (120.71177, 31.16097), 'GeoNames 1898493', '退思园所在的水乡古镇。', 'Water town with the World Heritage Tuisi Garden.'),
    'zhouzhuang': ('周庄', 'Zhouzhuang', 'water_town', 'suzhou', True, ['water_town', 'heritage', 'food'], 180, [WT], (120.84427, 31.11788), 'GeoNames 1784074', '"中国第一水乡"，昆山周庄古镇。', 'Kunshan\'s famous water town of Zhouzhuang.'),
    'luzhi': ('甪直', 'Luzhi', 'water_town', 'suzhou', True, ['water_town', 'heritage'], 150, [WT], (120.86762, 31.27642), 'GeoNames 1801645', '吴淞江畔的千年水乡古镇。', 'Thousand-year-old water town on the Wusong River.'),
    'jinxi': ('锦溪', 'Jinxi', 'water_town', 'suzhou', True, ['water_town', 'museum'], 120, [WT], (120.8933, 31.1793), 'GeoNames 8327965', '以博物馆群著称的昆山水乡古镇。', 'Kunshan water town with many small museums.'),
    'qiandeng': ('千灯', 'Qiandeng', 'water_town', 'suzhou', True, ['water_town', 'heritage'], 120, [WT], (120.99694, 31.26698), 'GeoNames 1798364', '昆曲发源地的昆山水乡古镇。', 'Kunshan water town, cradle of Kunqu opera.'),
    'lili': ('黎里（汾湖）', 'Lili (Fenhu)', 'water_town', 'suzhou', True, ['water_town', 'heritage'], 150, [WT], (120.70686, 30.99409), 'GeoNames 1803618', '吴江汾湖畔的明清水乡古镇黎里。', 'Ming-Qing water town of Lili by Fenhu Lake, Wujiang.'),
    'shengze': ('盛泽', 'Shengze', 'town', 'suzhou', True, ['heritage', 'canal'], 60, [WT], (120.66931, 30.90884), 'GeoNames 1795644', '丝绸古镇盛泽。', 'Silk town of Shengze.'),
    'zhenze': ('震泽', 'Zhenze', 'water_town', 'suzhou', True, ['water_town', 'heritage'], 120, [WT], (120.50005, 30.91571), 'GeoNames 1784581', '太湖南畔的蚕丝水乡古镇。', 'Silk water town south of Taihu.'),
    'hengshan': ('横扇', 'Hengshan', 'town', 'suzhou', False, ['lake', 'countryside'], 0, [TY], (120.53562, 31.01851), 'GeoNames 1898540', '东太湖南岸的吴江乡镇。', 'Wujiang town on the south shore of East Taihu.'),
    'dongshan': ('东山', 'Dongshan', 'town', 'suzhou', True, ['lake', 'heritage', 'tea'], 180, [TY], (120.40278, 31.08264), 'GeoNames 1812211', '太湖东山半岛，碧螺春茶与古村。', 'Taihu peninsula of Dongshan with Biluochun tea and old villages.'),
    'xukou': ('胥口', 'Xukou', 'town', 'suzhou', False, ['lake'], 0, [TY], (120.47697, 31.23428), 'GeoNames 1787912', '胥江入太湖口的吴中乡镇。', 'Wuzhong town where the Xu River enters Taihu.'),
    'guangfu': ('光福', 'Guangfu', 'town', 'suzhou', True, ['lake', 'heritage', 'garden'], 120, [TY], (120.38902, 31.28786), 'GeoNames 1809927', '香雪海梅花与太湖渔港古镇。', 'Taihu fishing town famous for plum blossom.'),
    'wangting': ('望亭', 'Wangting', 'town', 'suzhou', False, ['canal', 'lake'], 30, [TY], (120.44092, 31.4401), 'GeoNames 1791881', '大运河与太湖之间的相城古镇。', 'Xiangcheng town between the Grand Canal and Taihu.'),
    'weiting': ('唯亭', 'Weiting', 'town', 'suzhou', True, ['lake', 'food'], 30, [TY], (120.69399, 31.34652), 'GeoNames 8540499', '阳澄湖南岸的园区乡镇。', 'Town on the south side of Yangcheng Lake.'),
    'bacheng': ('巴城', 'Bacheng', 'town', 'suzhou', True, ['lake', 'food', 'heritage'], 120, [TY], (120.87278, 31.45786), 'GeoNames 1817853', '阳澄湖东岸的大闸蟹古镇。', 'Hairy-crab town on the east shore of Yangcheng Lake.'),
    'changshu': ('常熟（虞山）', 'Changshu (Yushan)', 'county_seat', 'suzhou', True, ['mountain', 'heritage', 'garden'], 180, [TY], (120.74221, 31.64615), 'GeoNames 7283386', '虞山脚下的历史文化名城。', 'Historic city at the foot of Yushan hill.'),
    'shajiabang': ('沙家浜', 'Shajiabang', 'scenic_area', 'suzhou', True, ['wetland', 'red_culture'], 120, [TY], (120.84778, 31.54861), 'GeoNames 8540494', '芦苇荡湿地与红色经典景区。', 'Reed-marsh wetland and red-culture scenic area.'),
    'jingang': ('金港（张家港湾）', 'Jingang (Zhangjiagang Bay)', 'town', 'suzhou', True, ['wetland', 'countryside'], 60, [JH], (120.40078, 31.95524), 'GeoNames 8327926', '张家港沿江生态湾区。', 'Zhangjiagang riverside ecological bay.'),
    'leyu': ('乐余', 'Leyu', 'town', 'suzhou', False, ['countryside', 'wetland'], 0, [JH], (120.69768, 31.92853), 'GeoNames 1804133', '张家港东部沿江乡镇，近双山岛。', 'Riverside town in east Zhangjiagang near Shuangshan Island.'),
    'haiyu': ('海虞（望虞河口）', 'Haiyu (Wangyu River mouth)', 'town', 'suzhou', False, ['countryside'], 0, [JH], (120.80117, 31.75224), 'GeoNames 8540493', '望虞河入江处的常熟乡镇。', 'Changshu town where the Wangyu River reaches the Yangtze.'),
    'fuqiao': ('浮桥', 'Fuqiao', 'town', 'suzhou', False, ['countryside', 'heritage'], 30, [JH], (121.20652, 31.60382), 'GeoNames 1810943', '太仓沿江古镇，郑和下西洋起锚地附近。', 'Taicang riverside town near Zheng He\'s departure harbour.'),
    'liuhe': ('浏河', 'Liuhe', 'town', 'suzhou', True, ['heritage', 'food', 'wetland'], 90, [JH], (121.26276, 31.50862), 'GeoNames 1803124', '郑和下西洋起锚地，浏河古镇。', 'Liuhe, the harbour town from which Zheng He sailed.'),
    'kunshan': ('昆山', 'Kunshan', 'county_seat', 'suzhou', True, ['urban', 'heritage'], 60, [WT], (120.95431, 31.37762), 'GeoNames 1785623', '昆山市城区，亭林园。', 'Kunshan city centre with Tinglin Park.'),
    'zhangpu': ('张浦', 'Zhangpu', 'town', 'suzhou', False, ['countryside'], 0, [], (120.9478, 31.28714), 'GeoNames 1785104', '吴淞江畔的昆山乡镇。', 'Kunshan town on the Wusong River.'),
    'guoxiang': ('郭巷', 'Guoxiang', 'town', 'suzhou', False, ['countryside', 'lake'], 0, [TY], (120.67158, 31.25445), 'GeoNames 1898365', '吴淞江与独墅湖之间的吴中街道。', 'Wuzhong subdistrict between the Wusong River and Dushu Lake.'),
    # --- Wuxi
    'wuxi': ('无锡', 'Wuxi', 'city_center', 'wuxi', True, ['canal', 'urban', 'food'], 120, [TY], (120.28857, 31.56887), 'GeoNames 1790923', '运河穿城的无锡市中心，清名桥历史街区。', 'Wuxi centre on the Grand Canal with the Qingming Bridge quarter.'),
    'yuantouzhu': ('鼋头渚', 'Yuantouzhu', 'scenic_area', 'wuxi', True, ['lake', 'garden'], 180, [TY], (120.2400, 31.5330), K, '太湖北岸樱花名胜半岛（充山隐秀景区入口）。', 'Taihu headland famous for cherry blossom.'),
    'lingshan-buddha': ('灵山大佛', 'Lingshan Grand Buddha', 'scenic_area', 'wuxi', True, ['buddhist', 'lake'], 180, [TY], (120.0985, 31.4310), K, '马山半岛上的灵山大佛与梵宫。', 'Giant Buddha and Brahma Palace on the Mashan peninsula.'),
    'zhoutie': ('周铁', 'Zhoutie', 'town', 'wuxi', False, ['lake', 'heritage'], 60, [TY], (119.99542, 31.43889), 'GeoNames 1784096', '太湖西岸的宜兴古镇。', 'Yixing old town on the west shore of Taihu.'),
    'dingshu': ('丁蜀', 'Dingshu', 'town', 'wuxi', True, ['ceramics', 'heritage'], 150, [TY, MT], (119.84881, 31.2573), 'GeoNames 1812758', '紫砂陶都，蜀山古南街。', 'Purple-clay teapot town with the Shushan old street.'),
    'yixing': ('宜兴', 'Yixing', 'county_seat', 'wuxi', True, ['ceramics', 'lake', 'bamboo'], 60, [MT], (119.82016, 31.36059), 'GeoNames 1786760', '陶都宜兴市城区。', 'Yixing, the pottery capital.'),
    'zhangzhu': ('张渚（善卷洞）', 'Zhangzhu (Shanjuan Cave)', 'town', 'wuxi', True, ['mountain', 'bamboo', 'tea'], 180, [MT], (119.62868, 31.2682), 'GeoNames 1785016', '宜兴南部山区竹海与溶洞之乡。', 'Yixing hill town of bamboo forests and karst caves.'),
    'xueyan': ('雪堰', 'Xueyan', 'town', 'changzhou', True, ['lake', 'heritage'], 60, [TY], (120.09471, 31.51006), 'GeoNames 1787982', '常州武进太湖湾度假区所在乡镇。', 'Wujin town at the Taihu Bay resort.'),
    'luoshe': ('洛社', 'Luoshe', 'town', 'wuxi', False, ['canal'], 0, [], (120.18232, 31.64436), 'GeoNames 1801842', '大运河畔的惠山区古镇。', 'Huishan town on the Grand Canal.'),
    'jiangyin': ('江阴（黄山滨江）', 'Jiangyin (Huangshan riverside)', 'county_seat', 'wuxi', True, ['heritage', 'mountain', 'wetland'], 120, [JH], (120.2750, 31.9200), K, '江阴长江最窄处的黄山炮台与滨江公园。', 'Huangshan forts and riverside parks at the narrowest point of the Yangtze.'),
    'dangkou': ('鹅湖（荡口古镇）', 'Dangkou (Ehu)', 'water_town', 'wuxi', True, ['water_town', 'heritage'], 120, [TY], (120.5110, 31.5380), K, '望虞河畔、鹅真荡边的锡东水乡古镇。', 'East-Wuxi water town by the Wangyu River and Ezhendang lake.'),
    # --- Changzhou
    'changzhou': ('常州', 'Changzhou', 'city_center', 'changzhou', True, ['canal', 'urban', 'heritage'], 90, [MT], (119.95401, 31.77359), 'GeoNames 1815456', '运河穿城的常州市中心，青果巷。', 'Changzhou centre on the Grand Canal with Qingguo Lane.'),
    'benniu': ('奔牛', 'Benniu', 'town', 'changzhou', False, ['canal', 'heritage'], 30, [], (119.81023, 31.86192), 'GeoNames 1816428', '大运河常州西段古镇。', 'Old canal town at the west end of Changzhou\'s Grand Canal.'),
    'qishuyan': ('戚墅堰', 'Qishuyan', 'town', 'changzhou', False, ['canal'], 0, [], (120.05438, 31.728), 'GeoNames 1797495', '大运河常州东段的工业古镇。', 'Canal town on the east side of Changzhou.'),
    'chunjiang': ('春江（新北沿江）', 'Chunjiang (Xinbei riverside)', 'town', 'changzhou', False, ['wetland', 'countryside'], 30, [JH], (119.98635, 31.9471), 'GeoNames 8541063', '常州新北区长江岸线乡镇。', 'Changzhou Xinbei town on the Yangtze bank.'),
    'jintan': ('金坛', 'Jintan', 'county_seat', 'changzhou', True, ['lake', 'urban'], 30, [MT], (119.57416, 31.74422), 'GeoNames 6685846', '长荡湖与茅山之间的金坛区城区。', 'Jintan district centre between Changdang Lake and Maoshan.'),
    'zhiqian': ('指前（长荡湖西岸）', 'Zhiqian (Changdang Lake west shore)', 'town', 'changzhou', False, ['lake', 'wetland'], 30, [MT], (119.48946, 31.61923), 'GeoNames 1784500', '长荡湖西岸的金坛乡镇。', 'Jintan town on the west shore of Changdang Lake.'),
    'xuebu': ('薛埠（茅山东麓）', 'Xuebu (east Maoshan)', 'town', 'changzhou', True, ['mountain', 'tea', 'red_culture'], 120, [MT], (119.36988, 31.71861), 'GeoNames 1788028', '茅山东麓的金坛山区乡镇，茅山新四军纪念馆附近。', 'Jintan hill town on the east flank of Maoshan.'),
    'liyang': ('溧阳', 'Liyang', 'county_seat', 'changzhou', True, ['urban', 'lake'], 30, [MT], (119.48353, 31.42813), 'GeoNames 1802788', '溧阳市城区。', 'Liyang city centre.'),
    'tianmu-lake': ('天目湖', 'Tianmu Lake', 'scenic_area', 'changzhou', True, ['lake', 'tea', 'food'], 240, [MT], (119.43908, 31.32593), 'GeoNames 8382843', '溧阳南部山水湖泊度假区。', 'Lake and hill resort south of Liyang.'),
    'daibu': ('戴埠（南山竹海）', 'Daibu (Nanshan Bamboo Sea)', 'town', 'changzhou', True, ['bamboo', 'mountain'], 180, [MT], (119.49724, 31.31104), 'GeoNames 1814257', '南山竹海所在的溧阳山区乡镇。', 'Liyang hill town at the Nanshan Bamboo Sea.'),
    'jiaze': ('嘉泽', 'Jiaze', 'town', 'changzhou', True, ['lake', 'garden'], 60, [MT], (119.7857, 31.68659), 'GeoNames 1548300', '滆湖北岸的花木之乡。', 'Flower-and-nursery town on the north shore of Gehu Lake.'),
    # --- Nantong
    'nantong': ('南通', 'Nantong', 'city_center', 'nantong', True, ['urban', 'museum', 'heritage'], 120, [JH], (120.87472, 32.03028), 'GeoNames 1799722', '濠河环绕的南通老城与博物苑。', 'Nantong old town ringed by the Hao River, with China\'s first museum.'),
    'langshan': ('狼山', 'Langshan', 'scenic_area', 'nantong', True, ['mountain', 'buddhist', 'wetland'], 150, [JH], (120.88565, 31.95686), 'GeoNames 1804514', '长江边五山之首，佛教名山。', 'Buddhist hill by the Yangtze, first of Nantong\'s Five Hills.'),
    'haimen': ('海门', 'Haimen', 'county_seat', 'nantong', True, ['urban', 'countryside'], 30, [JH], (121.17274, 31.89619), 'GeoNames 1801200', '沿江的海门区城区。', 'Haimen district centre near the Yangtze.'),
    'qidong': ('启东', 'Qidong', 'county_seat', 'nantong', True, ['sea', 'food'], 30, [JH], (121.655, 31.81111), 'GeoNames 1806840', '江海之间的启东市城区。', 'Qidong, between the river and the sea.'),
    'yuantuojiao': ('圆陀角', 'Yuantuojiao', 'scenic_area', 'nantong', True, ['sea', 'wetland'], 120, [JH], (121.8950, 31.7070), K, '江苏最东端、江海交汇的观日景区。', 'Easternmost point of Jiangsu where river meets sea; sunrise views.'),
    'yinyang': ('寅阳', 'Yinyang', 'town', 'nantong', False, ['countryside'], 0, [JH], (121.86187, 31.71483), 'GeoNames 1786488', '启东东南沿江乡镇。', 'Qidong riverside town in the south-east.'),
    'lvsi': ('吕四港', 'Lusi Port', 'town', 'nantong', True, ['sea', 'food', 'heritage'], 90, [JH], (121.59554, 32.05533), 'GeoNames 1801720', '黄海边的渔港古镇。', 'Old fishing port town on the Yellow Sea.'),
    # --- Huzhou
    'huzhou': ('湖州', 'Huzhou', 'city_center', 'huzhou', True, ['urban', 'heritage'], 90, [MA], (120.0933, 30.8703), 'GeoNames 1806535', '苕溪汇流的湖州市中心，飞英塔。', 'Huzhou city centre where the Tiaoxi streams meet.'),
    'south-taihu': ('南太湖（太湖旅游度假区）', 'South Taihu Resort', 'scenic_area', 'huzhou', True, ['lake', 'urban'], 120, [TY, MA], (120.1300, 30.9420), K, '湖州太湖南岸旅游度假区，月亮酒店。', 'Huzhou\'s south-shore Taihu resort with the "moon hotel".'),
    'zhili': ('织里', 'Zhili', 'town', 'huzhou', False, ['lake', 'heritage'], 30, [TY], (120.25667, 30.87358), 'GeoNames 1784513', '太湖南岸溇港地区的吴兴乡镇。', 'Wuxing town in the Taihu lougang polder area.'),
    'changxing': ('长兴', 'Changxing', 'county_seat', 'huzhou', True, ['lake', 'tea', 'urban'], 60, [TY], (119.90851, 31.00751), 'GeoNames 1784553', '太湖西南岸的长兴县城。', 'Changxing county seat on the south-west side of Taihu.'),
    'nanxun': ('南浔', 'Nanxun', 'water_town', 'huzhou', True, ['water_town', 'heritage', 'garden'], 180, [WT], (120.41994, 30.86902), 'GeoNames 1799642', '丝商巨富的中西合璧水乡古镇。', 'Water town of the silk merchants with Sino-Western mansions.'),
    'deqing': ('德清（武康）', 'Deqing (Wukang)', 'county_seat', 'huzhou', True, ['urban', 'mountain'], 30, [MA], (119.95935, 30.54155), 'GeoNames 1791156', '德清县城武康，莫干山门户。', 'Deqing county seat, the gateway to Moganshan.'),
    'moganshan': ('莫干山', 'Moganshan', 'scenic_area', 'huzhou', True, ['mountain', 'bamboo', 'heritage'], 300, [MA], (119.89446, 30.60113), 'GeoNames 1800407', '竹海与民国别墅群的避暑名山。', 'Bamboo-covered hill resort with Republican-era villas.'),
    'anji': ('安吉', 'Anji', 'county_seat', 'huzhou', True, ['bamboo', 'tea', 'countryside'], 60, [MA], (119.6810, 30.6380), K, '竹乡安吉县城递铺。', 'Anji county seat Dipu in the bamboo country.'),
    'yucun': ('余村', 'Yucun', 'village', 'huzhou', True, ['countryside', 'bamboo', 'red_culture'], 120, [MA], (119.6130, 30.5260), K, '"绿水青山就是金山银山"理念发源地。', 'Village where the "clear waters and green mountains" idea was born.'),
    'daixi': ('埭溪', 'Daixi', 'town', 'huzhou', False, ['countryside', 'mountain'], 0, [MA], (120.00999, 30.6629), 'GeoNames 1814216', '东苕溪畔的吴兴乡镇。', 'Wuxing town on the East Tiaoxi.'),
    # --- Jiaxing
    'jiaxing': ('嘉兴', 'Jiaxing', 'city_center', 'jiaxing', True, ['canal', 'red_culture', 'food'], 120, [WT], (120.75, 30.7522), 'GeoNames 1805953', '运河与南湖之城，红船起航地。', 'City of the Grand Canal and South Lake, where the Red Boat set out.'),
    'south-lake': ('南湖（红船）', 'South Lake (Red Boat)', 'heritage_site', 'jiaxing', False, ['lake', 'red_culture', 'heritage'], 120, [WT], (120.7620, 30.7480), K, '中共一大闭幕地南湖与湖心岛烟雨楼。', 'South Lake, where the first CPC congress closed on the Red Boat.'),
    'wangjiangjing': ('王江泾', 'Wangjiangjing', 'town', 'jiaxing', False, ['canal', 'heritage'], 30, [WT], (120.7053, 30.88345), 'GeoNames 1792013', '大运河入浙第一镇，长虹桥。', 'First Zhejiang town on the Grand Canal, with the Changhong Bridge.'),
    'tongxiang': ('桐乡', 'Tongxiang', 'county_seat', 'jiaxing', True, ['canal', 'urban'], 30, [WT], (120.56081, 30.63287), 'GeoNames 1790942', '运河畔的桐乡市城区梧桐。', 'Tongxiang city centre on the canal.'),
    'chongfu': ('崇福', 'Chongfu', 'town', 'jiaxing', False, ['canal', 'heritage'], 60, [WT], (120.4309, 30.53113), 'GeoNames 1814928', '大运河嘉兴段南端古镇。', 'Old canal town at the southern end of Jiaxing\'s Grand Canal.'),
    'wuzhen': ('乌镇', 'Wuzhen', 'water_town', 'jiaxing', True, ['water_town', 'heritage', 'food'], 240, [WT], (120.4851, 30.74536), 'GeoNames 1790848', '互联网大会永久会址、东栅西栅水乡古镇。', 'Water town of Dongzha and Xizha, seat of the World Internet Conference.'),
    'xitang': ('西塘', 'Xitang', 'water_town', 'jiaxing', True, ['water_town', 'heritage', 'food'], 180, [WT], (120.88785, 30.94729), 'GeoNames 1788297', '廊棚连绵的嘉善水乡古镇。', 'Jiashan water town with long covered arcades.'),
    'jiashan': ('嘉善', 'Jiashan', 'county_seat', 'jiaxing', True, ['urban'], 30, [WT], (120.91138, 30.85021), 'GeoNames 1791604', '嘉善县城魏塘。', 'Jiashan county seat.'),
    'pinghu': ('平湖', 'Pinghu', 'county_seat', 'jiaxing', True, ['urban', 'lake'], 30, [], (121.0150, 30.6980), K, '平湖市城区，东湖。', 'Pinghu city centre with East Lake.'),
    'zhapu': ('乍浦', 'Zhapu', 'town', 'jiaxing', True, ['sea', 'heritage'], 90, [], (121.08686, 30.60153), 'GeoNames 1784800', '杭州湾北岸的海防古镇与九龙山。', 'Coastal-defence town on Hangzhou Bay with Jiulong Hill.'),
    'haiyan': ('海盐', 'Haiyan', 'county_seat', 'jiaxing', True, ['sea', 'garden'], 60, [], (120.94856, 30.51539), 'GeoNames 1790862', '海盐县城武原，南北湖与海塘。', 'Haiyan county seat by the bay seawall.'),
    'ganpu': ('澉浦（南北湖）', 'Ganpu (Nanbei Lake)', 'town', 'jiaxing', True, ['lake', 'mountain', 'sea'], 150, [], (120.88972, 30.3935), 'GeoNames 1810685', '山、海、湖相依的南北湖风景区古镇。', 'Old town by Nanbei Lake where hills, lake and sea meet.'),
    'yanguan': ('盐官', 'Yanguan', 'heritage_site', 'jiaxing', True, ['heritage', 'sea'], 150, [], (120.54673, 30.45607), 'GeoNames 1881661', '观钱江潮的海宁古城。', 'Haining old town famous for watching the Qiantang tidal bore.'),
    'haining': ('海宁（硖石）', 'Haining (Xiashi)', 'county_seat', 'jiaxing', True, ['urban', 'heritage'], 30, [], (120.68638, 30.53629), 'GeoNames 1789799', '海宁市城区硖石。', 'Haining city centre Xiashi.'),
    # --- Ningbo
    'ningbo': ('宁波（三江口）', 'Ningbo (Sanjiangkou)', 'city_center', 'ningbo', True, ['urban', 'heritage', 'food'], 120, [SS], (121.54945, 29.87819), 'GeoNames 1799397', '余姚江、奉化江汇成甬江的三江口。', 'Sanjiangkou, where the Yuyao and Fenghua rivers form the Yong.'),
    'zhenhai': ('镇海（招宝山）', 'Zhenhai (Zhaobaoshan)', 'county_seat', 'ningbo', True, ['heritage', 'sea'], 90, [SS], (121.68753, 29.9695), 'GeoNames 1784647', '甬江口的招宝山海防遗址。', 'Coastal forts on Zhaobao Hill at the mouth of the Yong River.'),
    'yuyao': ('余姚', 'Yuyao', 'county_seat', 'ningbo', True, ['heritage', 'canal'], 60, [SS], (121.14944, 30.05), 'GeoNames 1785545', '姚江畔的王阳明故里。', 'Home town of Wang Yangming on the Yao River.'),
    'hemudu': ('河姆渡', 'Hemudu', 'heritage_site', 'ningbo', False, ['heritage', 'museum'], 120, [SS], (121.31138, 29.9871), 'GeoNames 1915383', '七千年前的河姆渡文化遗址。', 'Seven-thousand-year-old Neolithic site of the Hemudu culture.'),
    'liangnong': ('梁弄', 'Liangnong', 'town', 'ningbo', True, ['red_culture', 'mountain', 'lake'], 120, [SS], (121.07465, 29.91278), 'GeoNames 1803995', '四明山浙东抗日根据地旧址与四明湖。', 'Siming Mountains red base town by Siming Lake.'),
    'siming-mountain': ('四明山（国家森林公园）', 'Siming Mountain Forest Park', 'scenic_area', 'ningbo', True, ['mountain', 'bamboo'], 240, [SS], (121.0900, 29.7750), K, '四明山主峰一带的森林公园。', 'Forest park around the main Siming summit.'),
    'zhangshui': ('章水', 'Zhangshui', 'town', 'ningbo', True, ['mountain', 'countryside'], 60, [SS], (121.29935, 29.82036), 'GeoNames 1915377', '四明山东麓、樟溪畔的海曙山区乡镇。', 'Siming hill town on the Zhang stream.'),
    'xikou': ('溪口', 'Xikou', 'town', 'ningbo', True, ['heritage', 'mountain', 'buddhist'], 240, [SS], (121.27441, 29.68524), 'GeoNames 1789355', '剡溪畔的蒋氏故里与雪窦山。', 'Home town of the Chiang family below Xuedou Mountain.'),
    'fenghua': ('奉化', 'Fenghua', 'county_seat', 'ningbo', True, ['urban', 'food'], 30, [SS], (121.4064, 29.65628), 'GeoNames 1813658', '奉化区城区，水蜜桃之乡。', 'Fenghua district centre, home of the juicy peach.'),
    'xidian': ('西店', 'Xidian', 'town', 'ningbo', False, ['sea', 'countryside'], 0, [XS], (121.43303, 29.49051), 'GeoNames 1789600', '象山港底的宁海乡镇。', 'Ninghai town at the head of Xiangshan Harbour.'),
    'xizhou': ('西周', 'Xizhou', 'town', 'ningbo', False, ['sea', 'countryside'], 30, [XS], (121.67278, 29.47889), 'GeoNames 1788102', '象山港南岸的象山乡镇。', 'Xiangshan town on the south shore of Xiangshan Harbour.'),
    'xiangshan': ('象山（丹城）', 'Xiangshan (Dancheng)', 'county_seat', 'ningbo', True, ['sea', 'food'], 60, [XS], (121.86556, 29.47472), 'GeoNames 1813893', '象山县城丹城。', 'Xiangshan county seat Dancheng.'),
    'dingtang': ('定塘', 'Dingtang', 'town', 'ningbo', False, ['countryside', 'sea'], 0, [XS], (121.84217, 29.23033), 'GeoNames 1812755', '象山南部乡镇。', 'Town in southern Xiangshan.'),
    'shipu': ('石浦', 'Shipu', 'town', 'ningbo', True, ['sea', 'heritage', 'food'], 180, [XS], (121.9380, 29.2120), K, '中国渔村与石浦渔港古城。', 'Fishing-port old town of Shipu.'),
    'dongqian-lake': ('东钱湖', 'Dongqian Lake', 'scenic_area', 'ningbo', True, ['lake', 'buddhist', 'heritage'], 240, [SS], (121.63216, 29.79147), 'GeoNames 7070623', '浙江最大的天然淡水湖，南宋石刻。', 'Zhejiang\'s largest natural lake with Southern Song stone carvings.'),
    'hanling': ('韩岭', 'Hanling', 'village', 'ningbo', True, ['lake', 'heritage'], 90, [SS], (121.6470, 29.7470), K, '东钱湖南岸的千年古村。', 'Thousand-year-old village on the south shore of Dongqian Lake.'),
    'xianxiang': ('咸祥', 'Xianxiang', 'town', 'ningbo', False, ['sea', 'countryside'], 30, [SS, XS], (121.77884, 29.69034), 'GeoNames 1790358', '象山港北岸的鄞州滨海乡镇。', 'Yinzhou coastal town on the north side of Xiangshan Harbour.'),
    'beilun': ('北仑', 'Beilun', 'county_seat', 'ningbo', True, ['sea', 'urban'], 30, [SS], (121.83778, 29.91917), 'GeoNames 1816625', '北仑区城区。', 'Beilun district centre.'),
    'baifeng': ('白峰', 'Baifeng', 'town', 'ningbo', True, ['sea', 'beach'], 60, [SS], (121.99194, 29.87778), 'GeoNames 1887762', '北仑东端、近梅山湾与峙头的滨海乡镇。', 'Seaside town at the eastern tip of Beilun near Meishan Bay.'),
    'chunxiao': ('春晓', 'Chunxiao', 'town', 'ningbo', True, ['sea', 'beach', 'mountain'], 60, [SS], (121.9300, 29.8000), K, '北仑南部滨海乡镇，洋沙山海滩。', 'South Beilun coastal town with the Yangshashan beach.'),
    'andong': ('庵东（杭州湾湿地）', 'Andong (Hangzhou Bay Wetland)', 'town', 'ningbo', True, ['wetland', 'sea'], 120, [], (121.21582, 30.26823), 'GeoNames 1818099', '杭州湾国家湿地公园所在乡镇。', 'Cixi town at the Hangzhou Bay national wetland park.'),
    'longshan': ('龙山（慈溪）', 'Longshan (Cixi)', 'town', 'ningbo', True, ['heritage', 'sea'], 60, [], (121.55278, 30.07861), 'GeoNames 1802443', '慈溪东部伏龙山与海防古城观海卫附近乡镇。', 'East Cixi town below Fulong Hill.'),
    'guanhaiwei': ('观海卫', 'Guanhaiwei', 'town', 'ningbo', True, ['heritage', 'sea'], 60, [], (121.4018, 30.17033), 'GeoNames 1809998', '明代海防卫城古镇。', 'Ming dynasty coastal-defence garrison town.'),
    'xinpu': ('新浦', 'Xinpu', 'town', 'ningbo', False, ['countryside', 'sea'], 0, [], (121.36419, 30.24367), 'GeoNames 1788691', '慈溪北部沿海乡镇。', 'Cixi coastal town north of the city.'),
    # --- Zhoushan
    'zhoushan': ('舟山（定海）', 'Zhoushan (Dinghai)', 'city_center', 'zhoushan', True, ['island', 'heritage', 'food'], 120, [ZS], (122.20488, 29.98869), 'GeoNames 1886762', '定海古城，舟山本岛中心。', 'Old town of Dinghai, centre of Zhoushan Island.'),
    'shenjiamen': ('沈家门', 'Shenjiamen', 'island_town', 'zhoushan', True, ['island', 'sea', 'food'], 120, [ZS], (122.29802, 29.95763), 'GeoNames 1795632', '中国最大渔港之一的沈家门渔港。', 'One of China\'s great fishing harbours.'),
    'cengang': ('岑港', 'Cengang', 'island_town', 'zhoushan', False, ['island', 'sea'], 30, [ZS], (121.99572, 30.07751), 'GeoNames 1815916', '舟山本岛西北的海岛乡镇。', 'Island town in north-west Zhoushan Island.'),
    'ganlan': ('干览', 'Ganlan', 'island_town', 'zhoushan', False, ['island', 'sea'], 30, [ZS], (122.13698, 30.10268), 'GeoNames 1810694', '舟山本岛北部海岛乡镇。', 'Island town on the north coast of Zhoushan Island.'),
    'zhanmao': ('展茅', 'Zhanmao', 'island_town', 'zhoushan', False, ['island', 'sea'], 30, [ZS], (122.2829, 30.02698), 'GeoNames 1898799', '舟山本岛东部海岛乡镇。', 'Island town in the east of Zhoushan Island.'),
    'zhujiajian': ('朱家尖', 'Zhujiajian', 'island_town', 'zhoushan', True, ['island', 'beach', 'sea'], 180, [ZS], (122.38881, 29.92228), 'GeoNames 1894758', '十里金沙的海岛与国际沙雕节。', 'Island of long sandy beaches and the sand-sculpture festival.'),
    'daishan': ('岱山（高亭）', 'Daishan (Gaoting)', 'island_town', 'zhoushan', True, ['island', 'sea', 'museum'], 120, [ZS], (122.19895, 30.24589), 'GeoNames 1814232', '岱山县城高亭与中国海洋渔业博物馆。', 'Daishan county seat with the fishery museum.'),
    'dongsha': ('东沙', 'Dongsha', 'island_town', 'zhoushan', True, ['island', 'heritage', 'beach'], 120, [ZS], (122.14123, 30.31417), 'GeoNames 1812288', '岱山岛西北的渔业古镇与鹿栏晴沙。', 'Fishing old town and beach in north-west Daishan Island.'),
}


MAIN = {}
if os.path.exists(MAIN_PLACES):   # the lead's places.geojson: reuse its ids, coordinates and properties
    with open(MAIN_PLACES, encoding='utf-8') as _f:
        MAIN = {f['properties']['id']: f for f in json.load(_f)['features']}
_L2P = os.path.join(ND, '_staging', 'greenway-l2-places.geojson')
if os.path.exists(_L2P):   # places the level-2 helper added: same id -> same point
    with open(_L2P, encoding='utf-8') as _f:
        for _ft in json.load(_f)['features']:
            MAIN.setdefault(_ft['properties']['id'], _ft)


def pc(pid):
    if pid in MAIN:
        return tuple(MAIN[pid]['geometry']['coordinates'][:2])
    return P[pid][8]


# ---------------------------------------------------------------- route tables
# Each segment: (route, from, to, phase, greenway_type, corridor, name_zh, name_en, via)
# via: list of (lon, lat) real waypoints, or ('ring', key, how) = follow a Natural Earth shore/coast
# between the previous point and the next one, or ('line', key) = follow a river bank.
MET, YZ, BAY, CAN, WTW, LAK, MS, L1 = ('gw-theme-metropolis', 'gw-along-yangtze', 'gw-along-hangzhou-bay',
                                       'gw-theme-canal', 'gw-theme-water-towns', 'gw-theme-lakes',
                                       'gw-theme-mountain-sea', 'gw-level-1')
S = []


def seg(route, frm, to, phase, gt, corridor, nzh, nen, via=(), also=None):
    S.append(dict(route=route, frm=frm, to=to, phase=phase, gt=gt, corridor=corridor, nzh=nzh, nen=nen,
                  via=list(via), also=also or []))


# ===== Charming Metropolis: Huangpu riverside (45 km public riverside, both banks) + Suzhou Creek (42 km)
seg('metropolis', 'wusongkou', 'bund', 'existing', 'urban', MET, '黄浦江西岸滨江（吴淞口—外滩）', 'Huangpu west bank (Wusongkou - the Bund)',
    [('line', 'wusong-left')])   # Baoshan riverside, Yangpu riverside (Yangshupu waterworks, Qinhuangdao Rd), North Bund
seg('metropolis', 'bund', 'xuhui-riverside', 'existing', 'urban', MET, '黄浦江西岸滨江（外滩—徐汇滨江）', 'Huangpu west bank (the Bund - West Bund)',
    [(121.4965, 31.2320), (121.5010, 31.2220),   # Shiliupu, Dongjiadu
     (121.4985, 31.2100), (121.4890, 31.2000),   # Nanpu Bridge, Expo Puxi (Power Station of Art)
     (121.4760, 31.1920), (121.4660, 31.1830)])  # Lupu Bridge, Longhua port
seg('metropolis', 'xuhui-riverside', 'wujing', '2025', 'urban', MET, '黄浦江西岸滨江（徐汇滨江—吴泾）', 'Huangpu west bank (West Bund - Wujing)',
    [(121.4620, 31.1600), (121.4660, 31.1440),   # Xuhui riverside south, Xupu Bridge west end
     (121.4760, 31.1200), (121.4820, 31.0950),   # Sanlin / Pujiang reach, west bank
     (121.4780, 31.0700)])                        # Minpu Bridge
seg('metropolis', 'gaoqiao', 'lujiazui', '2025', 'urban', MET, '黄浦江东岸滨江（高桥—陆家嘴）', 'Huangpu east bank (Gaoqiao - Lujiazui)',
    [(121.5560, 31.3380), ('line', 'wusong-right'), (121.5050, 31.2440)])   # Gaoqiao riverside, Fuxing Island east channel, Minsheng Wharf
seg('metropolis', 'lujiazui', 'expo-park', 'existing', 'urban', MET, '黄浦江东岸滨江（陆家嘴—世博文化公园）', 'Huangpu east bank (Lujiazui - Expo Culture Park)',
    [(121.5050, 31.2300), (121.5070, 31.2190), (121.5040, 31.2060), (121.4980, 31.1950)])  # Dongchang Rd, Nanpu Bridge east, Houtan
seg('metropolis', 'expo-park', 'qiantan', 'existing', 'urban', MET, '黄浦江东岸滨江（世博文化公园—前滩）', 'Huangpu east bank (Expo Culture Park - Qiantan)',
    [(121.4840, 31.1750), (121.4760, 31.1600)])  # Lupu Bridge east, Yaohua
seg('metropolis', 'bund', 'zhongshan-park', 'existing', 'urban', MET, '苏州河滨河步道（外滩—中山公园）', 'Suzhou Creek riverside (the Bund - Zhongshan Park)',
    [('line', 'wusong-left')])   # Waibaidu Bridge, Zhejiang Rd bridge, M50, Changfeng Park bend
seg('metropolis', 'zhongshan-park', 'huangdu', '2025', 'urban', MET, '苏州河—吴淞江滨河绿道（中山公园—黄渡）', 'Suzhou Creek - Wusong River (Zhongshan Park - Huangdu)',
    [('line', 'wusong-left')])   # Beixinjing, Huacao, outer ring, Jiading Huangdu

# ===== Along-Yangtze greenway system: south bank (Changzhou Xinbei - Jiangyin - Zhangjiagang - Changshu - Taicang - Baoshan)
seg('yangtze', 'chunjiang', 'jiangyin', '2035', 'conservation', YZ, '长江南岸绿道（新北春江—江阴）', 'Yangtze south bank (Chunjiang - Jiangyin)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'jiangyin', 'jingang', '2025', 'conservation', YZ, '长江南岸绿道（江阴鹅鼻嘴—张家港湾）', 'Yangtze south bank (Jiangyin - Zhangjiagang Bay)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'jingang', 'leyu', 'existing', 'conservation', YZ, '张家港湾生态绿道（金港—乐余）', 'Zhangjiagang Bay greenway (Jingang - Leyu)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'leyu', 'haiyu', '2025', 'conservation', YZ, '长江南岸绿道（乐余—望虞河口）', 'Yangtze south bank (Leyu - Wangyu River mouth)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'haiyu', 'fuqiao', '2050', 'conservation', YZ, '长江南岸绿道（常熟—太仓浮桥）', 'Yangtze south bank (Changshu - Fuqiao)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'fuqiao', 'liuhe', '2035', 'conservation', YZ, '长江南岸绿道（浮桥—浏河）', 'Yangtze south bank (Fuqiao - Liuhe)',
    [('ring', 'mainland', 'short')])
seg('yangtze', 'liuhe', 'wusongkou', '2025', 'countryside', YZ, '长江南岸绿道（浏河—吴淞口）', 'Yangtze south bank (Liuhe - Wusongkou)',
    [('ring', 'mainland', 'short')])   # Baoshan riverside: Luojing, Shidongkou, Baoshan riverside park
# north bank (Nantong - Haimen - Qidong)
seg('yangtze', 'nantong', 'langshan', 'existing', 'urban', YZ, '南通濠河—五山滨江绿道（南通—狼山）', 'Nantong Hao River - Five Hills riverside (Nantong - Langshan)',
    [(120.8790, 32.0150), (120.8770, 31.9950), (120.8800, 31.9750)])   # Hao River south, Wenfeng, Five Hills forest
seg('yangtze', 'langshan', 'haimen', '2025', 'conservation', YZ, '长江北岸绿道（狼山—海门）', 'Yangtze north bank (Langshan - Haimen)',
    [('ring', 'mainland', 'short'), (121.1700, 31.8760)])
seg('yangtze', 'haimen', 'qidong', '2050', 'conservation', YZ, '长江北岸绿道（海门—启东）', 'Yangtze north bank (Haimen - Qidong)',
    [(121.1700, 31.8760), ('ring', 'mainland', 'short'), (121.6500, 31.7800)])
seg('yangtze', 'qidong', 'yuantuojiao', '2025', 'conservation', YZ, '长江北岸绿道（启东—圆陀角）', 'Yangtze north bank (Qidong - Yuantuojiao)',
    [(121.6500, 31.7800), ('ring', 'mainland', 'short')])
seg('yangtze', 'yuantuojiao', 'lvsi', '2050', 'conservation', YZ, '启东黄海海堤绿道（圆陀角—吕四港）', 'Qidong Yellow Sea seawall (Yuantuojiao - Lusi)',
    [('ring', 'mainland', 'short')])

# ===== Along-bay greenway (Hangzhou Bay): north shore Lingang - Fengxian - Jinshan - Pinghu - Haiyan - Haining
seg('bay', 'lingang', 'fengxian-bay', '2025', 'conservation', BAY, '杭州湾北岸海堤绿道（临港南汇嘴—奉贤海湾）', 'Hangzhou Bay north seawall (Lingang Nanhuizui - Fengxian Haiwan)',
    [(121.9520, 30.8980), ('ring', 'mainland', 'short')])   # Nanhuizui sea-viewing park, Shuyuan, Fengcheng seawall
seg('bay', 'fengxian-bay', 'jinshan-city-beach', '2025', 'countryside', BAY, '杭州湾北岸海堤绿道（奉贤海湾—金山城市沙滩）', 'Hangzhou Bay north seawall (Haiwan - Jinshan City Beach)',
    [('ring', 'mainland', 'short')])   # Zhelin, Caojing, Jinshanzui fishing village
seg('bay', 'jinshan-city-beach', 'zhapu', '2035', 'countryside', BAY, '杭州湾北岸海堤绿道（金山—乍浦）', 'Hangzhou Bay north seawall (Jinshan - Zhapu)',
    [('ring', 'mainland', 'short')])
seg('bay', 'zhapu', 'haiyan', '2035', 'countryside', BAY, '杭州湾北岸海堤绿道（乍浦—海盐）', 'Hangzhou Bay north seawall (Zhapu - Haiyan)',
    [('ring', 'mainland', 'short')])   # Qinshan
seg('bay', 'haiyan', 'ganpu', '2025', 'mountain', BAY, '海盐海塘—南北湖绿道（海盐—澉浦）', 'Haiyan seawall - Nanbei Lake (Haiyan - Ganpu)',
    [('ring', 'mainland', 'short')])
seg('bay', 'ganpu', 'yanguan', '2050', 'countryside', BAY, '钱塘江北岸海塘绿道（澉浦—盐官）', 'Qiantang north seawall (Ganpu - Yanguan)',
    [('ring', 'mainland', 'short')])   # Huangwan, Jianshan, Dingqiao: the Haining tide-watching seawall
# south shore Cixi - Zhenhai
seg('bay', 'andong', 'xinpu', '2025', 'conservation', BAY, '杭州湾南岸湿地绿道（庵东—新浦）', 'Hangzhou Bay south shore wetlands (Andong - Xinpu)',
    [(121.2100, 30.3100), ('ring', 'mainland', 'short')])
seg('bay', 'xinpu', 'guanhaiwei', '2035', 'countryside', BAY, '杭州湾南岸绿道（新浦—观海卫）', 'Hangzhou Bay south shore (Xinpu - Guanhaiwei)',
    [('ring', 'mainland', 'short')])
seg('bay', 'guanhaiwei', 'longshan', '2035', 'countryside', BAY, '杭州湾南岸绿道（观海卫—龙山）', 'Hangzhou Bay south shore (Guanhaiwei - Longshan)',
    [('ring', 'mainland', 'short')])
seg('bay', 'longshan', 'zhenhai', '2050', 'countryside', BAY, '杭州湾南岸海堤绿道（龙山—镇海）', 'Hangzhou Bay south seawall (Longshan - Zhenhai)',
    [('ring', 'mainland', 'short')])   # Xiepu, Jiulong Lake side

# ===== Canal Cultural Lineage: Grand Canal (Jiangnan Canal) Changzhou - Wuxi - Suzhou - Jiaxing - Tongxiang, East Zhejiang Canal
seg('canal', 'benniu', 'changzhou', '2035', 'countryside', CAN, '大运河绿道（奔牛—常州）', 'Grand Canal (Benniu - Changzhou)',
    [(119.8420, 31.8420), (119.8800, 31.8150), (119.9150, 31.7950)])  # Lüchengzhen, Xinzha, Huaide Bridge
seg('canal', 'changzhou', 'qishuyan', 'existing', 'urban', CAN, '大运河绿道（常州城区—戚墅堰）', 'Grand Canal (Changzhou - Qishuyan)',
    [(119.9700, 31.7700), (119.9930, 31.7640), (120.0250, 31.7420)])  # Tianning Temple, Dongpo Park, Dongfang Bridge
seg('canal', 'qishuyan', 'luoshe', '2035', 'countryside', CAN, '大运河绿道（戚墅堰—洛社）', 'Grand Canal (Qishuyan - Luoshe)',
    [(120.0950, 31.7000), (120.1400, 31.6720)])   # Henglin, Wuxi Shitangwan
seg('canal', 'luoshe', 'wuxi', '2025', 'urban', CAN, '大运河绿道（洛社—无锡）', 'Grand Canal (Luoshe - Wuxi)',
    [(120.2250, 31.6150), (120.2600, 31.5900), (120.2800, 31.5750)])   # Qianqiao, Huangbudun
seg('canal', 'wuxi', 'wangting', 'existing', 'urban', CAN, '大运河绿道（无锡清名桥—望亭）', 'Grand Canal (Wuxi Qingming Bridge - Wangting)',
    [(120.3050, 31.5620), (120.3250, 31.5280), (120.3600, 31.4930), (120.4000, 31.4650)])   # Qingming Bridge, Xinan, Shuofang
seg('canal', 'wangting', 'hanshan-temple', '2025', 'countryside', CAN, '大运河绿道（望亭—枫桥）', 'Grand Canal (Wangting - Fengqiao)',
    [(120.4700, 31.4100), (120.4900, 31.3850), (120.5200, 31.3450)])   # Huguan (Xushuguan), Suzhou New District
seg('canal', 'hanshan-temple', 'suzhou', 'existing', 'urban', CAN, '大运河—古城护城河绿道（枫桥—苏州古城）', 'Grand Canal - old city moat (Fengqiao - Suzhou)',
    [(120.5650, 31.3100), (120.5780, 31.3060), (120.5850, 31.3020)])   # Hanshan Temple, Changmen, Shantang
seg('canal', 'suzhou', 'songling', '2025', 'urban', CAN, '大运河绿道（苏州古城—吴江）', 'Grand Canal (Suzhou - Wujiang)',
    [(120.6050, 31.2900), (120.6250, 31.2820), (120.6400, 31.2650), (120.6650, 31.2400), (120.6950, 31.2150)])  # Panmen, south moat, Baodai Bridge
seg('canal', 'songling', 'pingwang', '2035', 'countryside', CAN, '大运河绿道（吴江—平望）', 'Grand Canal (Wujiang - Pingwang)',
    [(120.7050, 31.1500), (120.6900, 31.1000), (120.6700, 31.0550), (120.6500, 31.0150)])   # Bazhen, Yuxi
seg('canal', 'pingwang', 'wangjiangjing', '2035', 'countryside', CAN, '大运河绿道（平望—王江泾）', 'Grand Canal (Pingwang - Wangjiangjing)',
    [(120.6550, 30.9450), (120.6850, 30.9100)])
seg('canal', 'wangjiangjing', 'jiaxing', '2025', 'countryside', CAN, '大运河绿道（王江泾—嘉兴）', 'Grand Canal (Wangjiangjing - Jiaxing)',
    [(120.7200, 30.8400), (120.7400, 30.8000), (120.7450, 30.7700)])   # Changhong Bridge, Xiuzhou
seg('canal', 'jiaxing', 'tongxiang', '2035', 'countryside', CAN, '大运河绿道（嘉兴—桐乡）', 'Grand Canal (Jiaxing - Tongxiang)',
    [(120.7150, 30.7420), (120.6700, 30.7200), (120.6200, 30.6950), (120.5800, 30.6600)])  # Sanzhong Bridge, Puyuan side
seg('canal', 'tongxiang', 'chongfu', '2050', 'countryside', CAN, '大运河绿道（桐乡—崇福）', 'Grand Canal (Tongxiang - Chongfu)',
    [(120.5300, 30.6050), (120.4900, 30.5750), (120.4550, 30.5500)])
# East Zhejiang Canal / Yao River
seg('canal', 'yuyao', 'hemudu', '2035', 'countryside', CAN, '浙东运河—姚江绿道（余姚—河姆渡）', 'East Zhejiang Canal - Yao River (Yuyao - Hemudu)',
    [(121.2000, 30.0300), (121.2500, 30.0100), (121.2900, 29.9950)])   # Lubu, Cicheng side
seg('canal', 'hemudu', 'ningbo', '2050', 'countryside', CAN, '浙东运河—姚江绿道（河姆渡—三江口）', 'East Zhejiang Canal - Yao River (Hemudu - Sanjiangkou)',
    [(121.3500, 29.9750), (121.4000, 29.9600), (121.4400, 29.9450), (121.4800, 29.9250), (121.5150, 29.9000)])  # Chengshan, Dayin, Gaoqiao, Zhuangqiao side

# ===== Ancient Charm of Water Towns
seg('watertowns', 'luzhi', 'zhouzhuang', '2025', 'countryside', WTW, '水乡古韵绿道（甪直—周庄）', 'Water Towns (Luzhi - Zhouzhuang)',
    [(120.8650, 31.2350), (120.8600, 31.1950), (120.8550, 31.1550)])   # between Chenghu and Dianshan, Jinxi lakes
seg('watertowns', 'zhouzhuang', 'tongli', '2025', 'countryside', WTW, '水乡古韵绿道（周庄—同里）', 'Water Towns (Zhouzhuang - Tongli)',
    [(120.8100, 31.1300), (120.7650, 31.1450), (120.7300, 31.1550)])   # Baixian Lake north, Tongli Lake
seg('watertowns', 'zhouzhuang', 'jinxi', 'existing', 'countryside', WTW, '水乡古韵绿道（周庄—锦溪）', 'Water Towns (Zhouzhuang - Jinxi)',
    [(120.8650, 31.1450)])
seg('watertowns', 'zhouzhuang', 'jinze', '2025', 'countryside', WTW, '水乡古韵绿道（周庄—金泽）', 'Water Towns (Zhouzhuang - Jinze)',
    [(120.8650, 31.0950), (120.8850, 31.0650)])   # Qingpu-Kunshan border villages (Caiyuan area)
seg('watertowns', 'tongli', 'lili', '2025', 'countryside', WTW, '水乡古韵绿道（同里—黎里）', 'Water Towns (Tongli - Lili)',
    [(120.7250, 31.1200), (120.7350, 31.0750), (120.7250, 31.0300)])   # Beishe, Fenhu
seg('watertowns', 'lili', 'xitang', '2025', 'countryside', WTW, '水乡古韵绿道（黎里—西塘）', 'Water Towns (Lili - Xitang)',
    [(120.7550, 30.9850), (120.8050, 30.9700), (120.8500, 30.9550)])   # Beixiang dang, Taozhuang
seg('watertowns', 'xitang', 'fengjing', '2025', 'countryside', WTW, '水乡古韵绿道（西塘—枫泾）', 'Water Towns (Xitang - Fengjing)',
    [(120.9250, 30.9300), (120.9600, 30.9120)])   # Yaozhuang
seg('watertowns', 'lili', 'shengze', '2050', 'countryside', WTW, '水乡古韵绿道（黎里—盛泽）', 'Water Towns (Lili - Shengze)',
    [(120.6900, 30.9600), (120.6800, 30.9300)])
seg('watertowns', 'shengze', 'zhenze', '2050', 'countryside', WTW, '水乡古韵绿道（盛泽—震泽）', 'Water Towns (Shengze - Zhenze)',
    [(120.6300, 30.9200), (120.5800, 30.9150), (120.5400, 30.9150)])   # Tanqiu, Tongluo
seg('watertowns', 'zhenze', 'nanxun', '2025', 'countryside', WTW, '水乡古韵绿道（震泽—南浔）', 'Water Towns (Zhenze - Nanxun)',
    [(120.4600, 30.8950)])
seg('watertowns', 'nanxun', 'wuzhen', '2035', 'countryside', WTW, '水乡古韵绿道（南浔—乌镇）', 'Water Towns (Nanxun - Wuzhen)',
    [(120.4400, 30.8300), (120.4700, 30.7900)])   # Lianshi side
seg('watertowns', 'wuzhen', 'tongxiang', '2050', 'countryside', WTW, '水乡古韵绿道（乌镇—桐乡）', 'Water Towns (Wuzhen - Tongxiang)',
    [(120.5100, 30.7000), (120.5400, 30.6650)])
seg('watertowns', 'luzhi', 'qiandeng', '2035', 'countryside', WTW, '水乡古韵绿道（甪直—千灯）', 'Water Towns (Luzhi - Qiandeng)',
    [(120.9100, 31.2800), (120.9500, 31.2750)])
seg('watertowns', 'qiandeng', 'zhujiajiao', '2035', 'countryside', WTW, '水乡古韵绿道（千灯—朱家角）', 'Water Towns (Qiandeng - Zhujiajiao)',
    [(121.0200, 31.2200), (121.0450, 31.1700), (121.0550, 31.1350)])   # Baihe border, Zhaotun
seg('watertowns', 'xitang', 'jiaxing', '2050', 'countryside', WTW, '水乡古韵绿道（西塘—南湖）', 'Water Towns (Xitang - Jiaxing)',
    [(120.8700, 30.9000), (120.8300, 30.8500), (120.8000, 30.8100), (120.7700, 30.7750)])   # Tianning, Dayun-Huimin side, Youchegang

# ===== Famous Lakes and Scenes: Taihu shore ring (split at the shore towns), Yangcheng, Changdang, Gehu, Nanhu, Dongqian
TH = [  # clockwise from Wuxi
    ('yuantouzhu', 'wangting', 'existing', '太湖北岸（鼋头渚—望亭）', 'Taihu north shore (Yuantouzhu - Wangting)'),
    ('wangting', 'guangfu', '2025', '太湖东岸（望亭—光福）', 'Taihu east shore (Wangting - Guangfu)'),
    ('guangfu', 'xukou', 'existing', '太湖东岸（光福—胥口）', 'Taihu east shore (Guangfu - Xukou)'),
    ('xukou', 'dongshan', 'existing', '太湖东岸（胥口—东山）', 'Taihu east shore (Xukou - Dongshan)'),
    ('dongshan', 'hengshan', '2025', '东太湖（东山—横扇）', 'East Taihu (Dongshan - Hengshan)'),
    ('hengshan', 'zhili', '2025', '太湖南岸（横扇—织里）', 'Taihu south shore (Hengshan - Zhili)'),
    ('zhili', 'south-taihu', 'existing', '太湖南岸溇港（织里—南太湖）', 'Taihu south shore lougang (Zhili - South Taihu)'),
    ('south-taihu', 'changxing', '2025', '太湖南岸（南太湖—长兴）', 'Taihu south shore (South Taihu - Changxing)'),
    ('changxing', 'dingshu', '2035', '太湖西岸（长兴—丁蜀）', 'Taihu west shore (Changxing - Dingshu)'),
    ('dingshu', 'zhoutie', '2050', '太湖西岸（丁蜀—周铁）', 'Taihu west shore (Dingshu - Zhoutie)'),
    ('zhoutie', 'xueyan', '2050', '太湖西岸（周铁—雪堰）', 'Taihu west shore (Zhoutie - Xueyan)'),
    ('xueyan', 'yuantouzhu', 'existing', '太湖湾—梅梁湾（雪堰—鼋头渚，经马山灵山）', 'Taihu Bay - Meiliang Bay (Xueyan - Yuantouzhu via Mashan/Lingshan)'),
]
for a, b, ph, nzh, nen in TH:
    gt = 'conservation' if ph in ('2035', '2050') else 'countryside'
    if a in ('yuantouzhu',) or b in ('yuantouzhu',):
        gt = 'urban'
    seg('lakes', a, b, ph, gt, LAK, '环太湖绿道' + nzh, 'Around-Taihu greenway: ' + nen, [('ring', 'taihu', 'short')])
seg('lakes', 'weiting', 'bacheng', '2025', 'countryside', LAK, '环阳澄湖绿道（唯亭—巴城，东岸）', 'Around Yangcheng Lake (Weiting - Bacheng, east)',
    [('ring', 'yangcheng', 'fwd')])
seg('lakes', 'bacheng', 'weiting', '2025', 'countryside', LAK, '环阳澄湖绿道（巴城—唯亭，西岸）', 'Around Yangcheng Lake (Bacheng - Weiting, west)',
    [('ring', 'yangcheng', 'fwd')])
seg('lakes', 'jiaxing', 'south-lake', 'existing', 'urban', LAK, '南湖环湖绿道（嘉兴—南湖）', 'South Lake loop (Jiaxing - South Lake)',
    [(120.7560, 30.7520), (120.7600, 30.7560)])
seg('lakes', 'dongqian-lake', 'hanling', 'existing', 'countryside', LAK, '环东钱湖绿道（西岸）', 'Around Dongqian Lake (west shore)',
    [(121.6260, 29.7800), (121.6280, 29.7620), (121.6370, 29.7500)])
seg('lakes', 'hanling', 'dongqian-lake', '2025', 'countryside', LAK, '环东钱湖绿道（东岸）', 'Around Dongqian Lake (east shore)',
    [(121.6620, 29.7420), (121.6800, 29.7580), (121.6820, 29.7780), (121.6650, 29.7950), (121.6450, 29.7970)])  # Tao Gong island causeway side, Xiashui, Lingbo
seg('lakes', 'ningbo', 'dongqian-lake', '2025', 'urban', LAK, '宁波城区—东钱湖绿道', 'Ningbo - Dongqian Lake',
    [(121.5700, 29.8600), (121.5950, 29.8300), (121.6150, 29.8050)])   # Ningbo East New Town, Yinzhou park
seg('lakes', 'zhiqian', 'jintan', '2050', 'conservation', LAK, '环长荡湖绿道（指前—金坛，东岸）', 'Around Changdang Lake (Zhiqian - Jintan, east)',
    [('ring', 'changdang', 'long'), (119.5750, 31.7000)])
seg('lakes', 'jintan', 'zhiqian', '2050', 'conservation', LAK, '环长荡湖绿道（金坛—指前，西岸）', 'Around Changdang Lake (Jintan - Zhiqian, west)',
    [(119.5500, 31.7000), ('ring', 'changdang', 'short')])
seg('lakes', 'jiaze', 'yixing', '2050', 'conservation', LAK, '滆湖西岸绿道（嘉泽—宜兴）', 'Gehu Lake west shore (Jiaze - Yixing)',
    [('ring', 'gehu', 'short'), (119.8000, 31.4300)])
seg('lakes', 'yixing', 'jiaze', '2050', 'conservation', LAK, '滆湖东岸绿道（宜兴—嘉泽）', 'Gehu Lake east shore (Yixing - Jiaze)',
    [(119.8500, 31.4400), ('ring', 'gehu', 'short')])
seg('lakes', 'liyang', 'tianmu-lake', '2025', 'countryside', LAK, '天目湖绿道（溧阳—天目湖）', 'Tianmu Lake greenway (Liyang - Tianmu Lake)',
    [(119.4700, 31.3900), (119.4550, 31.3550)])

# ===== Mountain-and-Sea Style: Siming Mountains - Ningbo/Xiangshan coast; Zhoushan islands (separate pieces)
seg('mountainsea', 'yuyao', 'liangnong', '2035', 'mountain', MS, '四明山绿道（余姚—梁弄）', 'Siming Mountains (Yuyao - Liangnong)',
    [(121.1400, 30.0200), (121.1200, 29.9850), (121.0950, 29.9450)])   # Yao River south, Mashu, Siming Lake
seg('mountainsea', 'liangnong', 'siming-mountain', '2035', 'mountain', MS, '四明山绿道（梁弄—四明山）', 'Siming Mountains (Liangnong - Siming Mountain)',
    [(121.0700, 29.8700), (121.0800, 29.8250)])   # Dalan approach
seg('mountainsea', 'siming-mountain', 'zhangshui', '2050', 'mountain', MS, '四明山绿道（四明山—章水）', 'Siming Mountains (Siming Mountain - Zhangshui)',
    [(121.1400, 29.7850), (121.1900, 29.7950), (121.2450, 29.8050)])   # Zhangxi valley
seg('mountainsea', 'zhangshui', 'xikou', '2025', 'mountain', MS, '四明山绿道（章水—溪口）', 'Siming Mountains (Zhangshui - Xikou)',
    [(121.3000, 29.7750), (121.2850, 29.7250)])   # over Tiger's Den ridge to Xuedou
seg('mountainsea', 'xikou', 'fenghua', 'existing', 'countryside', MS, '剡溪绿道（溪口—奉化）', 'Shan Stream (Xikou - Fenghua)',
    [(121.3300, 29.6700), (121.3700, 29.6600)])
seg('mountainsea', 'fenghua', 'xidian', '2050', 'mountain', MS, '山海绿道（奉化—西店）', 'Mountain-sea (Fenghua - Xidian)',
    [(121.4200, 29.6200), (121.4300, 29.5800), (121.4350, 29.5300)])   # Shangtian
seg('mountainsea', 'xidian', 'xizhou', '2050', 'countryside', MS, '象山港南岸绿道（西店—西周）', 'Xiangshan Harbour south (Xidian - Xizhou)',
    [('ring', 'mainland', 'short')])   # harbour head at Xidian, Qiangjiao, Yuetou (Natural Earth shore, offset inland)
seg('mountainsea', 'xizhou', 'xiangshan', '2050', 'countryside', MS, '象山港南岸绿道（西周—丹城）', 'Xiangshan Harbour south (Xizhou - Dancheng)',
    [('ring', 'mainland', 'short')])   # Mohai, Huangbi'ao, Dancheng seafront (Natural Earth shore, offset inland)
seg('mountainsea', 'xiangshan', 'dingtang', '2035', 'countryside', MS, '象山半岛绿道（丹城—定塘）', 'Xiangshan peninsula (Dancheng - Dingtang)',
    [(121.8700, 29.4200), (121.8700, 29.3600), (121.8550, 29.3000)])   # Xinqiao, Sizhoutou
seg('mountainsea', 'dingtang', 'shipu', '2025', 'conservation', MS, '象山半岛绿道（定塘—石浦）', 'Xiangshan peninsula (Dingtang - Shipu)',
    [(121.9000, 29.2200), ('end', 121.9400, 29.2050)])   # ends on the Shipu waterfront road, 0.7 km from the town point
seg('mountainsea', 'zhenhai', 'beilun', '2050', 'countryside', MS, '甬江口—北仑滨海绿道（镇海—北仑）', 'Yong estuary - Beilun coast (Zhenhai - Beilun)',
    [('ring', 'mainland', 'short'), (121.8200, 29.9400)])
seg('mountainsea', 'beilun', 'baifeng', '2035', 'countryside', MS, '北仑滨海绿道（北仑—白峰）', 'Beilun coast (Beilun - Baifeng)',
    [(121.8800, 29.8900), (121.9300, 29.8850)])   # Xiapu, Chaiqiao
seg('mountainsea', 'baifeng', 'chunxiao', '2025', 'conservation', MS, '北仑滨海绿道（白峰—春晓）', 'Beilun coast (Baifeng - Chunxiao)',
    [('ring', 'mainland', 'short')])   # Meishan Bay, Yangshashan
seg('mountainsea', 'chunxiao', 'xianxiang', '2050', 'conservation', MS, '象山港北岸绿道（春晓—咸祥）', 'Xiangshan Harbour north (Chunxiao - Xianxiang)',
    [('ring', 'mainland', 'short')])
seg('mountainsea', 'xianxiang', 'hanling', '2035', 'mountain', MS, '山海绿道（咸祥—东钱湖韩岭）', 'Mountain-sea (Xianxiang - Hanling)',
    [(121.7400, 29.7100), (121.7000, 29.7250), (121.6700, 29.7350)])   # Tangxi valley, Dongqian Lake south hills
seg('mountainsea', 'xianxiang', 'songao', '2035', 'conservation', MS, '象山港北岸绿道（咸祥—松岙）', 'Xiangshan Harbour north (Xianxiang - Songao)',
    [('ring', 'mainland', 'short')])
seg('mountainsea', 'songao', 'xidian', '2050', 'countryside', MS, '象山港北岸绿道（松岙—西店）', 'Xiangshan Harbour north (Songao - Xidian)',
    [('ring', 'mainland', 'short')])   # Qiucun, Pei'ao, harbour head
# Zhoushan Island (no walkers on the cross-sea bridges: each island is its own piece)
seg('mountainsea', 'zhoushan', 'shenjiamen', '2025', 'urban', MS, '舟山本岛南岸绿道（定海—沈家门）', 'Zhoushan Island south coast (Dinghai - Shenjiamen)',
    [('ring', 'zhoushan', 'short')])   # Lincheng new town seafront
seg('mountainsea', 'shenjiamen', 'zhanmao', '2050', 'conservation', MS, '舟山本岛东岸绿道（沈家门—展茅）', 'Zhoushan Island east coast (Shenjiamen - Zhanmao)',
    [('ring', 'zhoushan', 'short')])
seg('mountainsea', 'zhanmao', 'ganlan', '2050', 'conservation', MS, '舟山本岛北岸绿道（展茅—干览）', 'Zhoushan Island north coast (Zhanmao - Ganlan)',
    [('ring', 'zhoushan', 'short')])
seg('mountainsea', 'ganlan', 'cengang', '2035', 'conservation', MS, '舟山本岛北岸绿道（干览—岑港）', 'Zhoushan Island north coast (Ganlan - Cengang)',
    [('ring', 'zhoushan', 'short')])
seg('mountainsea', 'cengang', 'zhoushan', '2035', 'countryside', MS, '舟山本岛西岸绿道（岑港—定海）', 'Zhoushan Island west coast (Cengang - Dinghai)',
    [('ring', 'zhoushan', 'short')])
seg('mountainsea', 'zhujiajian', 'zhujiajian', '2025', 'conservation', MS, '朱家尖环岛绿道', 'Zhujiajian island loop',
    [(122.3980, 29.9000), ('ring', 'zhujiajian', 'long'), (122.3880, 29.9150)])   # Nansha / Qiansha beaches
seg('mountainsea', 'daishan', 'dongsha', '2050', 'conservation', MS, '岱山岛海岸绿道（高亭—东沙）', 'Daishan Island coast (Gaoting - Dongsha)',
    [('ring', 'daishan', 'short')])   # Lulan beach

# ===== Level-1 backbone routes (belong to no named route): clean-water corridors, hills, river valleys
seg('backbone', 'wujing', 'chedun', '2035', 'countryside', L1, '黄浦江上游绿道（吴泾—车墩）', 'Upper Huangpu (Wujing - Chedun)',
    [(121.4400, 31.0200), (121.4000, 31.0080), (121.3600, 31.0070), (121.3300, 31.0100)])   # Minhang port, Songpu bridges
seg('backbone', 'chedun', 'shihudang', '2035', 'countryside', L1, '黄浦江上游绿道（车墩—米市渡）', 'Upper Huangpu (Chedun - Mishidu)',
    [(121.2700, 30.9900), (121.2300, 30.9750), (121.1750, 30.9750)])   # Yexie, Mishidu
seg('backbone', 'shihudang', 'liantang', '2050', 'countryside', L1, '太浦河绿道（米市渡—练塘）', 'Taipu River (Mishidu - Liantang)',
    [(121.0800, 30.9950)])
seg('backbone', 'liantang', 'jinze', '2035', 'countryside', L1, '太浦河绿道（练塘—金泽）', 'Taipu River (Liantang - Jinze)',
    [(121.0000, 31.0150), (120.9500, 31.0250)])
seg('backbone', 'jinze', 'lili', '2025', 'countryside', L1, '太浦河绿道（金泽—黎里）', 'Taipu River (Jinze - Lili)',
    [(120.8700, 31.0200), (120.8200, 31.0100), (120.7700, 31.0000)])   # Fenhu, Yuandang south
seg('backbone', 'lili', 'pingwang', '2035', 'countryside', L1, '太浦河绿道（黎里—平望）', 'Taipu River (Lili - Pingwang)',
    [(120.6700, 30.9880)])
seg('backbone', 'pingwang', 'hengshan', '2050', 'countryside', L1, '太浦河绿道（平望—太湖口）', 'Taipu River (Pingwang - Taihu outlet)',
    [(120.6000, 30.9900), (120.5600, 31.0050)])   # Miaogang sluice
seg('backbone', 'huangdu', 'zhangpu', '2025', 'countryside', L1, '吴淞江绿道（黄渡—张浦）', 'Wusong River (Huangdu - Zhangpu)',
    [('line', 'wusong-right')])
seg('backbone', 'zhangpu', 'luzhi', '2035', 'countryside', L1, '吴淞江绿道（张浦—甪直）', 'Wusong River (Zhangpu - Luzhi)',
    [('line', 'wusong-right')])
seg('backbone', 'luzhi', 'guoxiang', '2050', 'countryside', L1, '吴淞江绿道（甪直—郭巷）', 'Wusong River (Luzhi - Guoxiang)',
    [('line', 'wusong-right')])
seg('backbone', 'guoxiang', 'songling', '2050', 'countryside', L1, '吴淞江绿道（郭巷—吴江）', 'Wusong River (Guoxiang - Songling)',
    [('line', 'wusong-right')])   # Guatang, Taihu outlet of the Wusong
seg('backbone', 'songjiang', 'sheshan', '2025', 'mountain', L1, '松江—佘山绿道', 'Songjiang - Sheshan',
    [(121.2100, 31.0600), (121.1950, 31.0850)])   # Songjiang new town, Sheshan national resort
seg('backbone', 'sheshan', 'zhujiajiao', '2025', 'countryside', L1, '佘山—朱家角绿道', 'Sheshan - Zhujiajiao',
    [(121.1400, 31.1100), (121.1000, 31.1100)])   # Kunjiawan, Dianpu River
seg('backbone', 'fengjing', 'zhujing', '2050', 'countryside', L1, '枫泾—朱泾绿道', 'Fengjing - Zhujing',
    [(121.0650, 30.8950), (121.1150, 30.9000)])   # Xinbang / Langxia field villages ("five pastoral towns")
seg('backbone', 'zhujing', 'jinshan-city-beach', '2050', 'countryside', L1, '朱泾—金山嘴绿道', 'Zhujing - Jinshan coast',
    [(121.2000, 30.8500), (121.2600, 30.8000), (121.3000, 30.7500)])   # Tinglin, Zhangyan
seg('backbone', 'laogang', 'lingang', '2050', 'conservation', L1, '浦东东部海塘绿道（老港—临港）', 'Pudong east seawall (Laogang - Lingang)',
    [(121.8700, 31.0100), ('ring', 'mainland', 'short'), (121.9200, 30.9150)])
seg('backbone', 'sanjiagang', 'laogang', '2050', 'conservation', L1, '浦东东部海塘绿道（三甲港—老港）', 'Pudong east seawall (Sanjiagang - Laogang)',
    [('ring', 'mainland', 'short'), (121.8700, 31.0100)])   # Pudong airport seawall
seg('backbone', 'gaoqiao', 'sanjiagang', '2050', 'conservation', L1, '浦东长江口海塘绿道（高桥—三甲港）', 'Pudong Yangtze-mouth seawall (Gaoqiao - Sanjiagang)',
    [(121.5950, 31.3470), ('ring', 'mainland', 'short')])   # Wuhaogou, Gaodong
seg('backbone', 'wangting', 'dangkou', '2050', 'countryside', L1, '望虞河绿道（望亭—荡口）', 'Wangyu River (Wangting - Dangkou)',
    [(120.4550, 31.4700), (120.4800, 31.5050)])
seg('backbone', 'dangkou', 'changshu', '2050', 'countryside', L1, '望虞河绿道（荡口—常熟）', 'Wangyu River (Dangkou - Changshu)',
    [(120.5550, 31.5600), (120.6150, 31.5850), (120.6700, 31.6150), (120.7100, 31.6350)])   # Ezhendang, Guli approach, Shanghu
seg('backbone', 'changshu', 'haiyu', '2050', 'countryside', L1, '望虞河绿道（常熟—海虞）', 'Wangyu River (Changshu - Haiyu)',
    [(120.7550, 31.6900), (120.7800, 31.7250)])
seg('backbone', 'suzhou', 'weiting', '2025', 'urban', L1, '苏州古城—金鸡湖—阳澄湖绿道', 'Suzhou - Jinji Lake - Yangcheng Lake',
    [(120.6250, 31.3150), (120.6700, 31.3150), (120.6900, 31.3300)])   # Loumen, Jinji Lake north shore, Ligongdi
seg('backbone', 'kunshan', 'qiandeng', '2050', 'countryside', L1, '昆山—千灯绿道', 'Kunshan - Qiandeng',
    [(120.9700, 31.3400), (120.9850, 31.3000)])
seg('backbone', 'suzhou', 'xukou', '2025', 'countryside', L1, '胥江绿道（苏州—胥口）', 'Xu River (Suzhou - Xukou)',
    [(120.5700, 31.2850), (120.5300, 31.2650), (120.5000, 31.2500)])   # Xumen, Mudu
seg('backbone', 'wuxi', 'yuantouzhu', 'existing', 'urban', L1, '梁溪—蠡湖绿道（无锡—鼋头渚）', 'Liangxi - Lihu (Wuxi - Yuantouzhu)',
    [(120.2800, 31.5450), ('ring', 'taihu', 'short')])   # Liangxi river, then the Lihu (Wuli Lake) shore path, which Natural Earth draws as part of Taihu
seg('backbone', 'changzhou', 'chunjiang', '2050', 'urban', L1, '德胜河绿道（常州—新北沿江）', 'Desheng River (Changzhou - Xinbei riverside)',
    [(119.9700, 31.8200), (119.9800, 31.8800)])
seg('backbone', 'changzhou', 'jiaze', '2050', 'countryside', L1, '常州—滆湖绿道', 'Changzhou - Gehu Lake',
    [(119.9100, 31.7400), (119.8400, 31.7350), (119.8000, 31.7050)])   # Xixiashu, Gehu north
seg('backbone', 'dingshu', 'zhangzhu', '2035', 'mountain', L1, '宜南山区绿道（丁蜀—张渚）', 'South Yixing hills (Dingshu - Zhangzhu)',
    [(119.8000, 31.2400), (119.7450, 31.2300), (119.6850, 31.2450)])   # Hufu, Zhuhai bamboo
seg('backbone', 'zhangzhu', 'daibu', '2035', 'mountain', L1, '宜溧山区绿道（张渚—南山竹海）', 'Yixing-Liyang hills (Zhangzhu - Nanshan Bamboo Sea)',
    [(119.5850, 31.2900), (119.5400, 31.3000)])
seg('backbone', 'daibu', 'tianmu-lake', '2025', 'mountain', L1, '南山竹海—天目湖绿道', 'Nanshan Bamboo Sea - Tianmu Lake',
    [(119.4700, 31.3200)])
seg('backbone', 'liyang', 'zhiqian', '2050', 'countryside', L1, '溧阳—长荡湖绿道', 'Liyang - Changdang Lake',
    [(119.4850, 31.4900), (119.4700, 31.5550)])   # Shanghuang
seg('backbone', 'jintan', 'xuebu', '2035', 'mountain', L1, '茅山东麓绿道（金坛—薛埠）', 'East Maoshan (Jintan - Xuebu)',
    [(119.5100, 31.7350), (119.4400, 31.7250)])
seg('backbone', 'huzhou', 'deqing', '2025', 'countryside', L1, '东苕溪绿道（湖州—德清）', 'East Tiaoxi (Huzhou - Deqing)',
    [(120.0800, 30.8200), (120.0500, 30.7600), (120.0250, 30.7100), (120.0100, 30.6630), (120.0000, 30.6100), (119.9800, 30.5700)])   # Daixi, Wukang approach
seg('backbone', 'deqing', 'moganshan', '2025', 'mountain', L1, '莫干山绿道（武康—莫干山）', 'Moganshan (Wukang - Moganshan)',
    [(119.9350, 30.5600), (119.9100, 30.5800)])
seg('backbone', 'huzhou', 'anji', '2035', 'countryside', L1, '西苕溪绿道（湖州—安吉）', 'West Tiaoxi (Huzhou - Anji)',
    [(120.0300, 30.8400), (119.9600, 30.8000), (119.8900, 30.7600), (119.8200, 30.7200), (119.7500, 30.6800)])  # Hexi, Lingfeng, Meixi
seg('backbone', 'anji', 'yucun', '2025', 'mountain', L1, '安吉余村绿道', 'Anji - Yucun',
    [(119.6500, 30.5900), (119.6250, 30.5500)])
seg('backbone', 'moganshan', 'yucun', '2050', 'mountain', L1, '莫干山—余村山地绿道', 'Moganshan - Yucun hills',
    [(119.8400, 30.5900), (119.7700, 30.5700), (119.6950, 30.5450)])   # Yudu, Jiangbu
seg('backbone', 'pinghu', 'zhapu', '2050', 'countryside', L1, '平湖—乍浦绿道', 'Pinghu - Zhapu',
    [(121.0400, 30.6600)])
seg('backbone', 'jiaxing', 'haining', '2050', 'countryside', L1, '嘉兴—海宁绿道', 'Jiaxing - Haining',
    [(120.7300, 30.6900), (120.7150, 30.6250), (120.7000, 30.5700)])   # Wangdian
seg('backbone', 'lvsi', 'rudong', '2050', 'conservation', L1, '黄海海堤绿道（吕四港—如东）', 'Yellow Sea seawall (Lüsi - Rudong)',
    [('ring', 'mainland', 'short')])   # Rudong coast: Yangkou, Xiaoyangkou tidal flats (migratory-bird habitat)
seg('backbone', 'ningbo', 'zhenhai', '2025', 'urban', L1, '甬江绿道（三江口—镇海）', 'Yong River (Sanjiangkou - Zhenhai)',
    [(121.5700, 29.8900), (121.6000, 29.9200), (121.6400, 29.9500)])   # Laowaitan, Zhuangshi
seg('backbone', 'yuyao', 'andong', '2050', 'countryside', L1, '余姚—慈溪—杭州湾湿地绿道', 'Yuyao - Cixi - Hangzhou Bay wetland',
    [(121.1600, 30.1000), (121.1900, 30.1600), (121.2150, 30.2150)])   # Hushan (Cixi), Kandun


# ---------------------------------------------------------------- build
def build_coords(s):
    a, b = pc(s['frm']), pc(s['to'])
    pts = [a]
    via = s['via']
    for i, v in enumerate(via):
        if isinstance(v, tuple) and v and v[0] == 'ring':
            nxt = None
            for w in via[i + 1:]:
                if not (isinstance(w, tuple) and isinstance(w[0], str)):
                    nxt = w
                    break
            nxt = nxt or b
            km = follow_ring(RINGS[v[1]], pts[-1], nxt, v[2])
            pts += [tuple(c) for c in todeg(LineString(km)).coords]
        elif isinstance(v, tuple) and v and v[0] == 'line':
            nxt = None
            for w in via[i + 1:]:
                if not (isinstance(w, tuple) and isinstance(w[0], str)):
                    nxt = w
                    break
            nxt = nxt or b
            km = follow_line(LINES[v[1]], pts[-1], nxt)
            pts += [tuple(c) for c in todeg(LineString(km)).coords]
        elif isinstance(v, tuple) and v and v[0] == 'end':
            pass
        else:
            pts.append(v)
    ends = [v for v in via if isinstance(v, tuple) and v and v[0] == 'end']
    pts.append((ends[0][1], ends[0][2]) if ends else b)
    out = []
    for p in pts:
        p = (round(p[0], 5), round(p[1], 5))
        if not out or p != out[-1]:
            out.append(p)
    # densify any remaining gap > 9.5 km (straight gaps only occur on short access legs)
    dense = [out[0]]
    for p in out[1:]:
        q = dense[-1]
        d = hav(q, p)
        n = int(d // 9.0) + 1 if d > 9.5 else 1
        for i in range(1, n + 1):
            t = i / n
            dense.append((round(q[0] + (p[0] - q[0]) * t, 5), round(q[1] + (p[1] - q[1]) * t, 5)))
    return dense


def main():
    counters = {}
    feats = []
    for s in S:
        counters[s['route']] = counters.get(s['route'], 0) + 1
        sid = 'gw1-%s-%02d' % (s['route'], counters[s['route']])
        coords = build_coords(s)
        props = {
            'id': sid, 'network': 'greenway', 'corridor': s['corridor'],
            'name_zh': s['nzh'], 'name_en': s['nen'], 'from': s['frm'], 'to': s['to'],
            'phase': s['phase'], 'mode': 'walk', 'level': 1, 'greenway_type': s['gt'],
        }
        if s['also']:
            props['also'] = s['also']
        feats.append({'type': 'Feature', 'properties': props,
                      'geometry': {'type': 'LineString', 'coordinates': [list(c) for c in coords]}})
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('{"type": "FeatureCollection", "features": [\n' +
                ',\n'.join(json.dumps(x, ensure_ascii=False) for x in feats) + '\n]}\n')
    used = sorted({s['frm'] for s in S} | {s['to'] for s in S})
    pf = []
    for pid in used:
        if pid in MAIN:
            pf.append(MAIN[pid])
            continue
        zh, en, kind, city, lodging, themes, vm, circles, (lon, lat), src, dzh, den = P[pid]
        pf.append({'type': 'Feature', 'properties': {
            'id': pid, 'name_zh': zh, 'name_en': en, 'kind': kind, 'city': city, 'lodging': lodging,
            'themes': themes, 'visit_min': vm, 'circles': circles, 'desc_zh': dzh, 'desc_en': den, 'source': src},
            'geometry': {'type': 'Point', 'coordinates': [round(lon, 5), round(lat, 5)]}})
    with open(OUT_PLACES, 'w', encoding='utf-8') as f:
        f.write('{"type": "FeatureCollection", "features": [\n' +
                ',\n'.join(json.dumps(x, ensure_ascii=False) for x in pf) + '\n]}\n')
    print('segments', len(feats), 'places', len(pf))


if __name__ == '__main__':
    main()
