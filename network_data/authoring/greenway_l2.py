"""Authoring script for the LEVEL-2 regional greenways (二级区域绿道), deterministic.

Writes
  network_data/_staging/greenway-l2.geojson         (LineString segments, network=greenway, level=2)
  network_data/_staging/greenway-l2-places.geojson  (every place used as from/to)

Waypoints are WGS84 [lon, lat].  Sources:
  * "GN <id>": GeoNames populated place (CC BY 4.0), from ../shared/data/geonames_cities500_yrd.csv,
    copied here as numbers (the file itself is not copied into the repository);
  * "NE": Natural Earth 1:10m land polygon (public domain), used for the Chongming ring;
  * otherwise: knowledge of the OSM position of the road / river bank / levee followed
    (WGS84, never GCJ-02/BD-09).  The comment on each segment names what it follows.
Places whose id exists in network_data/places.geojson take their coordinates and properties
from there (so all helpers share one position); the rest come from PLACES below.

Run:  .venv/bin/python network_data/authoring/greenway_l2.py
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ND = os.path.join(REPO, "network_data")
OUT = os.path.join(ND, "_staging", "greenway-l2.geojson")
OUT_PL = os.path.join(ND, "_staging", "greenway-l2-places.geojson")
MAIN_PLACES = os.path.join(ND, "places.geojson")
NE_LAND = os.path.join(os.path.dirname(REPO), "shared", "data", "naturalearth", "land.geojson")

SM, WT, MA, TY, MT, SS = ("shanghai-metropolis", "jiangnan-water-towns", "moganshan-anji",
                          "taihu-yangchenghu", "maoshan-tianmuhu", "sanjiangkou-siming")
JH, SI, ZA, XC = ("jianghai-confluence", "shengsi-islands", "zhoushan-archipelago",
                  "xiangshan-coast")
K = "knowledge (WGS84, OSM/Wikipedia position)"

# ----------------------------------------------------------------------------------------
# Places used as from/to that are not (yet) in places.geojson.
# id: (name_zh, name_en, kind, city, lodging, themes, visit_min, circles, desc_zh, desc_en,
#      lon, lat, source)
# ----------------------------------------------------------------------------------------
PLACES = {
    # --- Shanghai ---
    "oriental-land": ("东方绿舟", "Oriental Land", "scenic_area", "shanghai", True,
                      ["lake", "wetland"], 180, [WT],
                      "淀山湖东南岸的大型青少年营地与湖滨公园。",
                      "Large lakeside park and youth camp on the south-east shore of Dianshan Lake.",
                      121.0100, 31.0930, K),
    "baozhen": ("堡镇", "Baozhen", "town", "shanghai", True, ["island", "countryside"], 45, [JH],
                "崇明岛南岸老镇，有客运码头通往上海。",
                "Old town on Chongming's south shore with a passenger pier to Shanghai.",
                121.6070, 31.5320, K),
    "chongming-dongtan": ("崇明东滩湿地", "Chongming Dongtan Wetland", "scenic_area", "shanghai",
                          False, ["wetland", "island"], 150, [JH],
                          "崇明岛东端的候鸟湿地保护区与湿地公园。",
                          "Migratory-bird wetland reserve and park at the eastern tip of Chongming Island.",
                          121.9500, 31.5050, K),
    "qilong": ("启隆", "Qilong", "island_town", "shanghai", True, ["island", "countryside"], 45, [JH],
               "崇明岛北缘小镇，与海门隔北支相望。",
               "Town on the northern edge of Chongming Island facing Haimen across the North Branch.",
               121.4544, 31.7761, "GeoNames 7843983"),
    "gucun-park": ("顾村公园", "Gucun Park", "scenic_area", "shanghai", False, ["urban", "garden"], 120,
                   [SM], "外环绿带上的大型郊野公园，春季樱花闻名。",
                   "Large park on the Outer Ring green belt in Baoshan, known for its cherry blossom.",
                   121.3720, 31.3520, K),
    "huajing": ("华泾", "Huajing", "town", "shanghai", False, ["urban"], 0, [SM],
                "徐汇南部外环线旁街镇，连接徐汇滨江。",
                "Southern Xuhui township by the Outer Ring, linking to the Xuhui riverside.",
                121.4493, 31.1220, "GeoNames 8307082"),
    "pujiang": ("浦江", "Pujiang", "town", "shanghai", False, ["urban", "countryside"], 0, [SM],
                "闵行区黄浦江东岸镇，外环线过江处。",
                "Minhang town on the east bank of the Huangpu where the Outer Ring crosses the river.",
                121.4958, 31.0936, "GeoNames 7843644"),
    "kangqiao": ("康桥", "Kangqiao", "town", "shanghai", False, ["urban"], 0, [SM],
                 "浦东外环线南段街镇。", "Pudong township on the southern Outer Ring.",
                 121.5686, 31.1293, "GeoNames 7843648"),
    "jinqiao": ("金桥", "Jinqiao", "town", "shanghai", False, ["urban"], 0, [SM],
                "浦东外环线东段街镇。", "Pudong township on the eastern Outer Ring.",
                121.5933, 31.2709, "GeoNames 1805419"),
    "gaoqiao": ("高桥", "Gaoqiao", "water_town", "shanghai", False, ["heritage", "water_town"], 60,
                [SM], "浦东北部黄浦江口古镇，外环线北端。",
                "Old town near the Huangpu mouth in northern Pudong, at the north end of the Outer Ring.",
                121.5700, 31.3550, K),
    "pujiang-country-park": ("浦江郊野公园", "Pujiang Country Park", "scenic_area", "shanghai", False,
                             ["countryside", "wetland"], 120, [SM],
                             "黄浦江东岸的郊野公园，大治河生态廊道西端。",
                             "Country park on the east bank of the Huangpu at the west end of the Dazhi River corridor.",
                             121.5270, 31.0580, K),
    "laogang": ("老港", "Laogang", "town", "shanghai", False, ["countryside", "sea"], 30, [SM],
                "浦东东南沿海小镇，大治河入海口附近。",
                "Coastal town in south-east Pudong near the mouth of the Dazhi River.",
                121.8431, 31.0292, "GeoNames 1804401"),
    "jinhui": ("金汇", "Jinhui", "town", "shanghai", False, ["countryside"], 0, [SM],
               "奉贤北部黄浦江南岸镇，金汇港北端。",
               "Fengxian town on the south bank of the Huangpu at the north end of Jinhui Port.",
               121.4925, 30.9897, "GeoNames 1805522"),
    "zhelin": ("柘林", "Zhelin", "town", "shanghai", False, ["sea", "countryside"], 30, [SM],
               "奉贤杭州湾畔小镇，金汇港南端。",
               "Fengxian town on Hangzhou Bay at the south end of Jinhui Port.",
               121.4692, 30.8325, "GeoNames 1784755"),
    "changqiao": ("长桥", "Changqiao", "town", "shanghai", False, ["urban"], 0, [SM],
                  "徐汇南部街道，淀浦河汇入黄浦江处。",
                  "Southern Xuhui neighbourhood where the Dianpu River meets the Huangpu.",
                  121.4340, 31.1419, "GeoNames 7857085"),
    "yangsi": ("杨思", "Yangsi", "town", "shanghai", False, ["urban"], 0, [SM],
               "浦东前滩附近街区，川杨河西口。",
               "Pudong neighbourhood near Qiantan at the west mouth of the Chuanyang River.",
               121.4950, 31.1580, K),
    "chuansha": ("川沙", "Chuansha", "town", "shanghai", True, ["heritage", "urban"], 90, [SM],
                 "浦东老城，保留城墙与内史第。",
                 "Old town of Pudong with a section of city wall and historic mansions.",
                 121.7000, 31.1900, K),
    "anting": ("安亭", "Anting", "town", "shanghai", True, ["urban", "heritage"], 60, [SM],
               "嘉定西部镇，汽车城与菩提寺所在地。",
               "Western Jiading town, home of the Auto City and Puti Temple.",
               121.1576, 31.2989, "GeoNames 1817962"),
    "sheshan": ("佘山", "Sheshan", "scenic_area", "shanghai", True, ["mountain", "heritage"], 180, [SM],
                "上海唯一的山林胜地，有天文台与佘山圣母大殿。",
                "Shanghai's only hills, with the observatory and the basilica.",
                121.1794, 31.1011, "GeoNames 8307081"),
    "zhujing": ("朱泾", "Zhujing", "town", "shanghai", True, ["water_town", "heritage"], 60, [WT],
                "金山老县城，黄浦江上游水乡。",
                "Old seat of Jinshan, a water town on the upper Huangpu.",
                121.1597, 30.9010, "GeoNames 1783903"),
    "yexie": ("叶榭", "Yexie", "town", "shanghai", False, ["countryside"], 30, [SM],
              "松江东南部田园小镇。", "Farming town in south-east Songjiang.",
              121.3164, 30.9454, "GeoNames 1786789"),
    "fengcheng": ("奉城", "Fengcheng", "town", "shanghai", False, ["heritage", "countryside"], 45, [SM],
                  "奉贤东部明代卫所古城。", "Ming-dynasty garrison town in eastern Fengxian.",
                  121.6404, 30.9158, "GeoNames 1811415"),
    "huangdu": ("黄渡", "Huangdu", "town", "shanghai", False, ["water_town", "countryside"], 30, [SM],
                "嘉定南部吴淞江畔古镇。", "Old town on the Wusong River in southern Jiading.",
                121.2078, 31.2767, "GeoNames 1807529"),
    "jiangqiao": ("江桥", "Jiangqiao", "town", "shanghai", False, ["urban"], 0, [SM],
                  "嘉定东南吴淞江畔镇，近外环线。",
                  "South-east Jiading town on the Wusong River near the Outer Ring.",
                  121.3248, 31.2390, "GeoNames 1806278"),
    "luodian": ("罗店", "Luodian", "town", "shanghai", True, ["heritage", "water_town"], 60, [SM],
                "宝山千年古镇，以龙船与北欧新镇著称。",
                "Millennium-old Baoshan town known for its dragon boats and Nordic-style new town.",
                121.3344, 31.4156, "GeoNames 1801969"),
    # --- Suzhou ---
    "bacheng": ("巴城", "Bacheng", "town", "suzhou", True, ["lake", "food"], 90, [TY],
                "阳澄湖东岸老镇，大闸蟹产地。",
                "Old town on the east shore of Yangcheng Lake, home of the hairy crab.",
                120.8728, 31.4579, "GeoNames 1817853"),
    "shajiabang": ("沙家浜", "Shajiabang", "scenic_area", "suzhou", True,
                   ["wetland", "red_culture"], 150, [TY],
                   "常熟阳澄湖北的芦苇荡湿地与红色旅游景区。",
                   "Reed-marsh wetland and red-culture site north of Yangcheng Lake in Changshu.",
                   120.8478, 31.5486, "GeoNames 8540494"),
    "fenghuang": ("凤凰", "Fenghuang", "town", "suzhou", True, ["heritage", "countryside"], 60, [JH],
                  "张家港南部古镇，恬庄古街与河阳山歌之乡。",
                  "Southern Zhangjiagang town with the Tianzhuang old street and Heyang folk songs.",
                  120.6239, 31.7914, "GeoNames 8540492"),
    "qingyang": ("青阳", "Qingyang", "town", "wuxi", False, ["canal", "countryside"], 30, [JH],
                 "江阴南部锡澄运河畔古镇。", "Town on the Xicheng Canal in southern Jiangyin.",
                 120.2519, 31.7653, "GeoNames 1797645"),
    "huashi": ("华士（华西村）", "Huashi (Huaxi Village)", "town", "wuxi", True,
               ["countryside", "museum"], 90, [JH],
               "江阴东部镇，华西村所在地。", "Eastern Jiangyin town, home of Huaxi Village.",
               120.4634, 31.8344, "GeoNames 1807030"),
    "dingshu": ("丁蜀", "Dingshu", "town", "wuxi", True, ["ceramics", "heritage"], 120, [MT],
                "宜兴紫砂陶都，有古南街与陶瓷博物馆。",
                "Yixing's zisha-pottery town with its old street and ceramics museum.",
                119.8488, 31.2573, "GeoNames 1812758"),
    "zhangzhu": ("张渚", "Zhangzhu", "town", "wuxi", True, ["mountain", "bamboo"], 60, [MT],
                 "宜兴南部山区镇，竹海与善卷洞门户。",
                 "Hill town in southern Yixing, gateway to the bamboo sea and Shanjuan cave.",
                 119.6287, 31.2682, "GeoNames 1785016"),
    "heqiao": ("和桥", "Heqiao", "town", "wuxi", False, ["canal", "countryside"], 30, [MT],
               "宜兴北部运河古镇，近滆湖南岸。",
               "Canal town in northern Yixing near the south shore of Gehu Lake.",
               119.8846, 31.4847, "GeoNames 1808330"),
    "tianmu-lake": ("天目湖", "Tianmu Lake", "scenic_area", "changzhou", True,
                    ["lake", "mountain", "tea"], 240, [MT],
                    "溧阳南部山水旅游度假区，以湖光山色与白茶闻名。",
                    "Lake-and-hill resort in southern Liyang, known for its scenery and white tea.",
                    119.4391, 31.3259, "GeoNames 8382843"),
    "nanshan-bamboo-sea": ("南山竹海", "Nanshan Bamboo Sea", "scenic_area", "changzhou", True,
                           ["bamboo", "mountain"], 240, [MT],
                           "苏浙皖交界的万亩竹海景区。",
                           "Vast bamboo-forest scenic area where Jiangsu, Zhejiang and Anhui meet.",
                           119.4680, 31.2380, K),
    "xuebu": ("薛埠（茅山东麓）", "Xuebu (east foot of Maoshan)", "town", "changzhou", True,
              ["mountain", "red_culture", "tea"], 60, [MT],
              "金坛西部茅山东麓镇，近茅山新四军纪念馆与东方盐湖城。",
              "Town at the east foot of Maoshan in Jintan, near the New Fourth Army memorial and the salt-lake resort.",
              119.3943, 31.7076, "GeoNames 6957982"),
    "gehu": ("滆湖（西太湖）", "Gehu Lake (West Taihu)", "scenic_area", "changzhou", False,
             ["lake", "wetland"], 90, [TY],
             "武进滆湖东岸的湿地与滨湖公园。",
             "Wetland and lakeside park on the east shore of Gehu Lake in Wujin.",
             119.8800, 31.6550, K),
    # --- Nantong ---
    "tangzha": ("唐闸", "Tangzha", "heritage_site", "nantong", False, ["heritage", "canal", "museum"],
                120, [JH], "张謇创办的近代工业古镇，通扬运河畔。",
                "Early-modern industrial town founded by Zhang Jian on the Tongyang Canal.",
                120.8042, 32.0641, "GeoNames 1793287"),
    "chahe": ("岔河", "Chahe", "town", "nantong", False, ["countryside"], 30, [JH],
              "如东西部运河古镇。", "Canal town in western Rudong.",
              120.9206, 32.3517, "GeoNames 1815858"),
    "tongzhou": ("通州（金沙）", "Tongzhou (Jinsha)", "county_seat", "nantong", True,
                 ["urban", "heritage"], 60, [JH],
                 "南通市通州区驻地金沙镇。", "Jinsha, seat of Nantong's Tongzhou district.",
                 121.0735, 32.0898, "GeoNames 1805408"),
    "changle": ("常乐", "Changle", "town", "nantong", False, ["heritage", "museum"], 60, [JH],
                "海门常乐镇，张謇故里与纪念馆。",
                "Haimen town, birthplace of Zhang Jian, with his memorial hall.",
                121.2475, 31.9342, "GeoNames 1815660"),
    "baipu": ("白蒲", "Baipu", "water_town", "nantong", True, ["heritage", "water_town", "food"], 90, [JH],
              "如皋南部千年古镇，以茶干与古街著称。",
              "Millennium-old town in southern Rugao known for its old street and dried tofu.",
              120.7550, 32.2435, "GeoNames 1817474"),
    "shangxing": ("上兴", "Shangxing", "town", "changzhou", False, ["mountain", "countryside"], 30, [MT],
                  "溧阳西北曹山丘陵镇。", "Hill town in north-west Liyang near the Caoshan hills.",
                  119.2860, 31.5084, "GeoNames 6957980"),
    # --- Jiaxing / Huzhou ---
    "puyuan": ("濮院", "Puyuan", "water_town", "jiaxing", True, ["water_town", "heritage"], 120, [WT],
               "桐乡东部江南古镇，以羊毛衫市场闻名。",
               "Jiangnan water town east of Tongxiang, also known for its knitwear market.",
               120.6291, 30.6802, "GeoNames 1798417"),
    "moganshan": ("莫干山", "Moganshan", "scenic_area", "huzhou", True,
                  ["mountain", "bamboo", "heritage"], 300, [MA],
                  "竹林与民国别墅群闻名的避暑山地。",
                  "Hill resort famous for bamboo forests and Republican-era villas.",
                  119.8750, 30.6100, K),
    "sian": ("泗安", "Si'an", "town", "huzhou", False, ["countryside"], 30, [MA],
             "长兴西部镇，安吉与长兴之间。", "Town in western Changxing between Anji and Changxing.",
             119.6536, 30.8983, "GeoNames 1794308"),
    # --- Ningbo ---
    "cicheng": ("慈城", "Cicheng", "heritage_site", "ningbo", True, ["heritage"], 180, [SS],
                "保存完整的江南古县城。", "Well-preserved old Jiangnan county town north of Ningbo.",
                121.4402, 29.9823, "GeoNames 1814753"),
    "hemudu": ("河姆渡", "Hemudu", "heritage_site", "ningbo", False, ["heritage", "museum"], 120, [SS],
               "姚江畔七千年前新石器遗址与博物馆。",
               "7,000-year-old Neolithic site and museum on the Yao River.",
               121.3114, 29.9871, "GeoNames 1915383"),
    "xikou": ("溪口", "Xikou", "scenic_area", "ningbo", True, ["heritage", "mountain"], 240, [SS],
              "奉化溪口镇与雪窦山风景区。", "Xikou town and the Xuedou Mountain scenic area in Fenghua.",
              121.2744, 29.6852, "GeoNames 1789355"),
    "dongqian-lake": ("东钱湖", "Dongqian Lake", "scenic_area", "ningbo", True, ["lake", "heritage"], 180,
                      [SS], "宁波东南的大型湖泊风景区。",
                      "Large lake scenic area south-east of Ningbo.",
                      121.6322, 29.7915, "GeoNames 7070623"),
    "shipu": ("石浦", "Shipu", "town", "ningbo", True, ["sea", "heritage", "food"], 180, [XC],
              "象山南部渔港古城。", "Old fishing-port town in southern Xiangshan.",
              121.9500, 29.2050, K),
    # --- Zhoushan ---
    "zhujiajian": ("朱家尖", "Zhujiajian", "island_town", "zhoushan", True, ["island", "beach"], 180, [ZA],
                   "普陀区海岛，以沙滩与沙雕节闻名，普陀山门户。",
                   "Island known for its beaches and sand-sculpture festival, gateway to Putuoshan.",
                   122.3900, 29.9000, K),
    "ganlan": ("干览", "Ganlan", "island_town", "zhoushan", False, ["island", "countryside"], 30, [ZA],
               "舟山本岛北部镇。", "Town on the north side of Zhoushan Island.",
               122.1370, 30.1027, "GeoNames 1810694"),
    "xiaosha": ("小沙", "Xiaosha", "island_town", "zhoushan", False, ["island", "heritage"], 45, [ZA],
                "舟山本岛西北镇，三毛祖居所在地。",
                "Town in north-west Zhoushan Island with the ancestral home of the writer Sanmao.",
                122.0578, 30.1078, "GeoNames 1881568"),
    "cengang": ("岑港", "Cengang", "island_town", "zhoushan", False, ["island", "sea"], 30, [ZA],
                "舟山本岛西端港镇。", "Harbour town at the western end of Zhoushan Island.",
                121.9957, 30.0775, "GeoNames 1815916"),
    "dongsha": ("东沙", "Dongsha", "island_town", "zhoushan", True, ["island", "heritage"], 90, [ZA],
                "岱山岛北部渔业古镇。", "Old fishing town on the north side of Daishan Island.",
                122.1412, 30.3142, "GeoNames 1812288"),
}

# ----------------------------------------------------------------------------------------
# Routes.  ROUTES[route] = (name_zh, name_en, corridor); SEGS: (route, from, to, phase,
# greenway_type, [interior waypoints]).  The first/last vertex is the from/to place itself.
# ----------------------------------------------------------------------------------------
ROUTES = {
    "dianshanhu": ("环淀山湖绿道", "Around-Dianshan-Lake Greenway", "gw-around-dianshanhu"),
    "chongming": ("环崇明岛绿道", "Around-Chongming-Island Greenway", "gw-around-chongming"),
    "outer-ring": ("外环绿带环城公园带绿道", "Outer Ring Green Belt (Ring Park Belt) Greenway",
                   "gw-shanghai-eco-corridors"),
    "dazhi": ("黄浦江—大治河生态廊道绿道", "Huangpu - Dazhi River Eco-corridor Greenway",
              "gw-shanghai-eco-corridors"),
    "jinhui": ("金汇港生态廊道绿道", "Jinhui Port Eco-corridor Greenway", "gw-shanghai-eco-corridors"),
    "dianpu": ("淀浦河生态廊道绿道", "Dianpu River Eco-corridor Greenway", "gw-shanghai-eco-corridors"),
    "chuanyang": ("川杨河生态廊道绿道", "Chuanyang River Eco-corridor Greenway",
                  "gw-shanghai-eco-corridors"),
    "huangpu-upper": ("黄浦江上游生态廊道绿道", "Upper Huangpu Eco-corridor Greenway",
                      "gw-shanghai-eco-corridors"),
    "jiading-qingpu": ("嘉定—安亭—青浦绿道", "Jiading - Anting - Qingpu Greenway", "gw-level-2"),
    "kunshan-anting": ("昆山—安亭绿道（吴淞江南岸）", "Kunshan - Anting Greenway (Wusong River)", "gw-level-2"),
    "taicang-jiading": ("太仓—嘉定绿道", "Taicang - Jiading Greenway", "gw-level-2"),
    "jiading-baoshan": ("嘉定—罗店绿道", "Jiading - Luodian Greenway", "gw-level-2"),
    "qingpu-songjiang": ("青浦—佘山—松江绿道", "Qingpu - Sheshan - Songjiang Greenway", "gw-level-2"),
    "songjiang-fengjing": ("松江—朱泾—枫泾绿道（黄浦江上游）",
                           "Songjiang - Zhujing - Fengjing Greenway (upper Huangpu)", "gw-level-2"),
    "songjiang-fengxian": ("松江—叶榭—奉贤绿道", "Songjiang - Yexie - Fengxian Greenway", "gw-level-2"),
    "jiaxing-jiashan": ("嘉兴—嘉善—枫泾绿道", "Jiaxing - Jiashan - Fengjing Greenway", "gw-level-2"),
    "zhujing-jinshan": ("朱泾—张堰—金山绿道", "Zhujing - Zhangyan - Jinshan Greenway", "gw-level-2"),
    "fengxian-lingang": ("奉贤—奉城—临港绿道", "Fengxian - Fengcheng - Lingang Greenway", "gw-level-2"),
    "jiaxing-plain": ("嘉兴平原环线绿道", "Jiaxing Plain Loop Greenway", "gw-level-2"),
    "pudong-canal": ("浦东运河生态廊道绿道", "Pudong Canal Eco-corridor Greenway",
                     "gw-shanghai-eco-corridors"),
    "chongming-inner": ("崇明岛中部绿道", "Chongming Island Inner Greenway", "gw-level-2"),
    "pinghu-links": ("枫泾—新埭—平湖—广陈—吕巷绿道", "Fengjing - Xindai - Pinghu - Guangchen - Lvxiang Greenway",
                     "gw-level-2"),
    "nanxun-lianshi": ("南浔—练市—善琏—和孚绿道", "Nanxun - Lianshi - Shanlian - Hefu Greenway", "gw-level-2"),
    "liyang-west": ("溧阳—南渡—上兴绿道", "Liyang - Nandu - Shangxing Greenway", "gw-level-2"),
    "rugao-baipu": ("如皋—白蒲—通州绿道", "Rugao - Baipu - Tongzhou Greenway", "gw-level-2"),
    "ningbo-west": ("宁波—横街—鄞江绿道", "Ningbo - Hengjie - Yinjiang Greenway", "gw-level-2"),
    "deqing-xinshi": ("德清—新市绿道", "Deqing - Xinshi Greenway", "gw-level-2"),
    "nanxun-huzhou": ("南浔—湖州绿道", "Nanxun - Huzhou Greenway", "gw-level-2"),
    "huzhou-moganshan": ("湖州—德清—莫干山—安吉绿道", "Huzhou - Deqing - Moganshan - Anji Greenway",
                         "gw-level-2"),
    "anji-changxing": ("安吉—长兴—湖州绿道", "Anji - Changxing - Huzhou Greenway", "gw-level-2"),
    "yixing-liyang": ("宜兴—丁蜀—张渚—天目湖—溧阳绿道",
                      "Yixing - Dingshu - Zhangzhu - Tianmu Lake - Liyang Greenway", "gw-level-2"),
    "liyang-jintan": ("溧阳—金坛—茅山东麓绿道", "Liyang - Jintan - East Maoshan Greenway", "gw-level-2"),
    "liyang-yixing": ("溧阳—徐舍—宜兴绿道", "Liyang - Xushe - Yixing Greenway", "gw-level-2"),
    "changzhou-gehu": ("常州—武进—滆湖—宜兴绿道", "Changzhou - Wujin - Gehu - Yixing Greenway",
                       "gw-level-2"),
    "changzhou-jintan": ("常州—金坛绿道", "Changzhou - Jintan Greenway", "gw-level-2"),
    "wuxi-yangshan": ("无锡—阳山—武进绿道", "Wuxi - Yangshan - Wujin Greenway", "gw-level-2"),
    "wuxi-jiangyin": ("无锡—江阴绿道（锡澄运河）", "Wuxi - Jiangyin Greenway (Xicheng Canal)",
                      "gw-level-2"),
    "jiangyin-zhangjiagang": ("江阴—华士—张家港绿道", "Jiangyin - Huashi - Zhangjiagang Greenway",
                              "gw-level-2"),
    "zhangjiagang-changshu": ("张家港—凤凰—常熟绿道", "Zhangjiagang - Fenghuang - Changshu Greenway",
                              "gw-level-2"),
    "changshu-kunshan": ("常熟—沙家浜—巴城—昆山绿道",
                         "Changshu - Shajiabang - Bacheng - Kunshan Greenway", "gw-level-2"),
    "changshu-taicang": ("常熟—沙溪—太仓绿道", "Changshu - Shaxi - Taicang Greenway", "gw-level-2"),
    "kunshan-taicang": ("昆山—太仓绿道", "Kunshan - Taicang Greenway", "gw-level-2"),
    "nantong-rugao": ("南通—唐闸—如皋绿道", "Nantong - Tangzha - Rugao Greenway", "gw-level-2"),
    "rugao-haian": ("如皋—海安绿道（通扬运河）", "Rugao - Haian Greenway (Tongyang Canal)", "gw-level-2"),
    "haian-rudong": ("海安—岔河—如东绿道", "Haian - Chahe - Rudong Greenway", "gw-level-2"),
    "rudong-nantong": ("如东—通州—南通绿道", "Rudong - Tongzhou - Nantong Greenway", "gw-level-2"),
    "tongzhou-qidong": ("通州—海门—常乐—启东绿道", "Tongzhou - Haimen - Changle - Qidong Greenway",
                        "gw-level-2"),
    "yuyao-cixi": ("余姚—慈溪绿道", "Yuyao - Cixi Greenway", "gw-level-2"),
    "cixi-ningbo": ("慈溪—慈城—宁波绿道", "Cixi - Cicheng - Ningbo Greenway", "gw-level-2"),
    "yuyao-hemudu": ("余姚—河姆渡绿道（姚江）", "Yuyao - Hemudu Greenway (Yao River)", "gw-level-2"),
    "ningbo-xikou": ("宁波—奉化—溪口绿道", "Ningbo - Fenghua - Xikou Greenway", "gw-level-2"),
    "fenghua-ninghai": ("奉化—宁海绿道", "Fenghua - Ninghai Greenway", "gw-level-2"),
    "ninghai-shipu": ("宁海—西周、象山—松兰山绿道", "Ninghai - Xizhou and Xiangshan - Songlanshan Greenway", "gw-level-2"),
    "ningbo-dongqian": ("宁波—东钱湖绿道", "Ningbo - Dongqian Lake Greenway", "gw-level-2"),
    "zhoushan-island": ("舟山本岛绿道", "Zhoushan Island Greenway", "gw-level-2"),
    "daishan": ("岱山岛绿道", "Daishan Island Greenway", "gw-level-2"),
}

EX, P25, P35, P50 = "existing", "2025", "2035", "2050"
U, C, M, V = "urban", "countryside", "mountain", "conservation"

SEGS = [
    # ===================== Around Dianshan Lake (Qingpu / Kunshan) =====================
    # Lake not in Natural Earth: shore from knowledge; the path keeps ~0.5-1 km off the
    # water on the lakeside roads (Qingpu: Huqingping road / Oriental Land shore path,
    # Shangta and Jinze dykes; Kunshan: Dianshan Lake Avenue on the north shore).
    ("dianshanhu", "zhujiajiao", "oriental-land", EX, C,
     [(121.045, 31.104), (121.030, 31.100)]),
    ("dianshanhu", "oriental-land", "jinze", EX, V,
     [(121.000, 31.083), (120.985, 31.068), (120.968, 31.059), (120.950, 31.058),
      (120.935, 31.050)]),
    ("dianshanhu", "jinze", "jinxi", P25, V,          # Shangta west shore (Qingpu) to Jinxi
     [(120.920, 31.055), (120.918, 31.075), (120.914, 31.095), (120.912, 31.120),
      (120.914, 31.145), (120.905, 31.165)]),
    ("dianshanhu", "jinxi", "dianshanhu-town", P25, C,  # Kunshan north shore (Dianshan Lake Ave)
     [(120.910, 31.173), (120.935, 31.173), (120.960, 31.180), (120.995, 31.181)]),
    ("dianshanhu", "dianshanhu-town", "zhujiajiao", EX, C,  # NE shore, Dianshan Lake resort
     [(121.030, 31.166), (121.034, 31.142), (121.040, 31.122)]),
    # ===================== Outer Ring green belt (S20 ring park belt) =======================
    ("outer-ring", "gucun-park", "qibao", P25, U,      # west arc along S20 past Zhenxin, Hongqiao
     [(121.365, 31.335), (121.362, 31.310), (121.360, 31.285), (121.355, 31.262),
      (121.354, 31.246), (121.352, 31.225), (121.350, 31.205), (121.348, 31.185),
      (121.347, 31.165)]),
    ("outer-ring", "qibao", "huajing", P25, U,         # south-west arc, Xinzhuang - Meilong
     [(121.365, 31.135), (121.385, 31.115), (121.410, 31.105), (121.432, 31.110)]),
    ("outer-ring", "pujiang", "kangqiao", P25, U,      # Pudong south arc
     [(121.515, 31.105), (121.540, 31.120)]),
    ("outer-ring", "kangqiao", "jinqiao", P25, U,      # Pudong east arc, Zhangjiang
     [(121.585, 31.150), (121.595, 31.175), (121.605, 31.200), (121.612, 31.225),
      (121.607, 31.250)]),
    ("outer-ring", "jinqiao", "gaoqiao", P25, U,       # Pudong north arc to the Huangpu mouth
     [(121.600, 31.290), (121.605, 31.315), (121.590, 31.340)]),
    # ===================== Huangpu - Dazhi River corridor ===================================
    # Huangpu east bank from the country park to Zhagang, then the Dazhi River north bank
    # east past Hangtou, Xinchang, Xuanqiao and Huinan to Laogang.
    ("dazhi", "pujiang-country-park", "xinchang", P25, C,
     [(121.525, 31.035), (121.530, 31.008), (121.560, 31.013), (121.595, 31.020),
      (121.625, 31.026)]),
    ("dazhi", "xinchang", "nanhui", P25, C,
     [(121.670, 31.031), (121.700, 31.036), (121.730, 31.044)]),
    ("dazhi", "nanhui", "laogang", P25, C,
     [(121.785, 31.046), (121.815, 31.040)]),
    # ===================== Jinhui Port (Huangpu to Hangzhou Bay, Fengxian) ===================
    ("jinhui", "jinhui", "fengxian", P25, U,
     [(121.478, 30.975), (121.473, 30.955), (121.470, 30.935), (121.468, 30.915),
      (121.468, 30.890)]),
    ("jinhui", "fengxian", "zhelin", P25, C, []),
    # ===================== Dianpu River (Dianshan Lake to the Huangpu) ======================
    ("dianpu", "zhujiajiao", "qibao", P25, C,
     [(121.075, 31.115), (121.100, 31.122), (121.130, 31.128), (121.160, 31.133),
      (121.190, 31.138), (121.220, 31.140), (121.250, 31.142), (121.280, 31.143),
      (121.310, 31.145), (121.335, 31.148)]),
    ("dianpu", "qibao", "changqiao", P25, U,
     [(121.380, 31.148), (121.405, 31.145)]),
    # ===================== Chuanyang River (Pudong) =========================================
    ("chuanyang", "yangsi", "chuansha", P25, U,
     [(121.520, 31.165), (121.545, 31.170), (121.570, 31.175), (121.600, 31.180),
      (121.630, 31.183), (121.660, 31.187)]),
    # ===================== Outer Ring north arc to the Huangpu at Wusong =====================
    ("outer-ring", "gucun-park", "baoyang-road-ferry-terminal", P25, U,
     [(121.400, 31.352), (121.430, 31.352), (121.455, 31.352), (121.480, 31.356),
      (121.495, 31.370), (121.500, 31.385)]),
    ("outer-ring", "pujiang", "pujiang-country-park", P25, C, [(121.510, 31.075)]),
    ("outer-ring", "gucun-park", "luodian", P25, C,    # Baoshan country parks north to Luodian
     [(121.360, 31.370), (121.345, 31.390)]),
    # ===================== Huangpu upper reaches (Xietang - Huangpu south bank) =============
    # The Huangpu - Dazhi corridor's upstream half: Xietang from Liantang past Shihudang,
    # then the south-bank forest belt of the Huangpu (Songjiang / Fengxian) to Jinhui.
    ("huangpu-upper", "songjiang-south-station", "jinhui", P25, C,
     [(121.255, 30.965), (121.285, 30.975), (121.310, 30.985), (121.340, 30.990),
      (121.370, 30.995), (121.400, 31.000), (121.430, 31.000), (121.460, 30.995)]),
    # ===================== Wusong River corridor (Qingpu / Jiading / Minhang) ===============
    ("chuanyang", "chuansha", "sanjiagang", P25, U,
     [(121.730, 31.195), (121.755, 31.203)]),
    # ===================== Pudong Canal (Chuansha - Zhuqiao - Huinan) =======================
    ("pudong-canal", "chuansha", "nanhui", P25, C,
     [(121.710, 31.160), (121.715, 31.130), (121.720, 31.100), (121.735, 31.075)]),
    # ===================== 2035: Shanghai new cities and the demonstration zone =============
    ("jiading-qingpu", "jiading", "anting-north-station", P35, U,
     [(121.232, 31.370), (121.215, 31.352), (121.197, 31.335), (121.178, 31.318)]),
    ("jiading-qingpu", "anting-north-station", "anting", P35, U, []),
    ("jiading-qingpu", "anting", "baihe", P35, C, [(121.150, 31.280)]),
    ("jiading-qingpu", "baihe", "qingpu", P35, C,
     [(121.135, 31.235), (121.128, 31.210), (121.118, 31.190), (121.1169, 31.1745)]),
    ("kunshan-anting", "kunshan", "huaqiao", P35, C,   # Wusong River south bank via Lujia
     [(120.980, 31.360), (121.010, 31.345), (121.035, 31.325), (121.0435, 31.3159),
      (121.065, 31.308)]),
    ("kunshan-anting", "huaqiao", "anting", P35, C, [(121.110, 31.300), (121.135, 31.300)]),
    ("taicang-jiading", "taicang", "waigang", P35, C,
     [(121.115, 31.430), (121.140, 31.410), (121.160, 31.390)]),
    ("taicang-jiading", "waigang", "jiading", P35, C, [(121.200, 31.370), (121.225, 31.380)]),
    ("qingpu-songjiang", "qingpu", "sheshan", P35, C,
     [(121.130, 31.145), (121.155, 31.135), (121.175, 31.118), (121.188, 31.105)]),
    ("qingpu-songjiang", "zhujiajiao", "liantang", P35, C,  # Qingpu south: Lanlu Port / Xietang
     [(121.060, 31.085), (121.058, 31.060), (121.052, 31.035)]),
    ("qingpu-songjiang", "liantang", "xinbang", P35, C,
     [(121.050, 30.990), (121.055, 30.965)]),
    ("qingpu-songjiang", "xinbang", "fengjing", P35, C, [(121.040, 30.915)]),
    ("songjiang-fengjing", "songjiang", "songjiang-south-station", P35, U, [(121.222, 31.010)]),
    ("songjiang-fengjing", "songjiang-south-station", "zhujing", P35, C,  # Huangpu upper (Maogang)
     [(121.215, 30.960), (121.209, 30.935), (121.190, 30.920), (121.175, 30.910)]),
    ("songjiang-fengxian", "songjiang", "yexie", P35, C,
     [(121.240, 31.020), (121.265, 31.000), (121.285, 30.980), (121.300, 30.962)]),
    ("songjiang-fengxian", "yexie", "fengxian", P35, C,
     [(121.340, 30.935), (121.370, 30.925), (121.400, 30.915), (121.430, 30.905),
      (121.450, 30.880)]),
    ("jiaxing-jiashan", "jiaxing", "jiashan", P35, C,
     [(120.775, 30.765), (120.800, 30.780), (120.830, 30.800), (120.855, 30.815),
      (120.880, 30.830)]),
    ("jiaxing-jiashan", "jiashan", "fengjing", P35, C,
     [(120.935, 30.860), (120.960, 30.870), (120.985, 30.880)]),
    ("jiaxing-jiashan", "jiashan", "xitang", P35, C,
     [(120.905, 30.870), (120.900, 30.895), (120.895, 30.920)]),
    ("zhujing-jinshan", "zhujing", "zhangyan", P35, C,
     [(121.165, 30.870), (121.1701, 30.8299), (121.200, 30.820), (121.235, 30.812)]),
    ("zhujing-jinshan", "zhangyan", "jinshanwei-station", P35, C,
     [(121.300, 30.785), (121.306, 30.760)]),
    ("zhujing-jinshan", "jinshanwei-station", "jinshan", P35, U, []),
    ("fengxian-lingang", "fengxian", "fengcheng", P35, C,
     [(121.500, 30.880), (121.540, 30.905), (121.5799, 30.9247), (121.610, 30.920)]),
    ("fengxian-lingang", "fengcheng", "lingang", P35, C,
     [(121.680, 30.910), (121.725, 30.900), (121.753, 30.908), (121.790, 30.915),
      (121.825, 30.925), (121.8601, 30.9313), (121.890, 30.920)]),
    # ===================== 2035: Chongming inner greenways (island centre) ==================
    ("chongming-inner", "chengqiao", "dongping-forest", P35, C,
     [(121.410, 31.645), (121.430, 31.658), (121.455, 31.672)]),
    ("chongming-inner", "dongping-forest", "haiyong", P35, C,
     [(121.490, 31.700), (121.500, 31.720)]),
    ("chongming-inner", "xinhe-ferry-terminal", "dongping-forest", P35, C,
     [(121.500, 31.610), (121.490, 31.640), (121.485, 31.660)]),
    # ===================== 2050: Jiaxing plain ==============================================
    ("jiaxing-plain", "jiaxing", "jiaxing-south-station", P50, U,
     [(120.775, 30.732), (120.795, 30.716)]),
    ("jiaxing-plain", "jiaxing-south-station", "pinghu", P50, C,
     [(120.840, 30.710), (120.870, 30.706), (120.900, 30.705), (120.930, 30.703),
      (120.960, 30.700), (120.990, 30.699)]),
    ("jiaxing-plain", "pinghu", "haiyan", P50, C,
     [(121.005, 30.670), (120.995, 30.640), (120.9829, 30.6087), (120.975, 30.580),
      (120.965, 30.550), (120.955, 30.530)]),
    ("jiaxing-plain", "haiyan", "haining", P50, C,
     [(120.920, 30.520), (120.885, 30.528), (120.8523, 30.5351), (120.815, 30.540),
      (120.7775, 30.5420), (120.745, 30.540), (120.715, 30.538)]),
    ("jiaxing-plain", "haining", "tongxiang", P50, C,
     [(120.660, 30.550), (120.635, 30.565), (120.6139, 30.5804), (120.595, 30.600),
      (120.575, 30.615)]),
    ("jiaxing-plain", "tongxiang", "puyuan", P50, C,
     [(120.585, 30.650), (120.610, 30.668)]),
    ("jiaxing-plain", "puyuan", "jiaxing", P50, C,
     [(120.6586, 30.6828), (120.685, 30.700), (120.710, 30.720), (120.730, 30.740)]),
    ("jiaxing-plain", "haining", "yanguan", P50, C,
     [(120.660, 30.510), (120.620, 30.485), (120.585, 30.465)]),
    ("pinghu-links", "fengjing", "xindai", P50, C,      # Fengjing-Xinbang-Jiashan-Xindai town circle
     [(121.040, 30.870), (121.065, 30.845)]),
    ("pinghu-links", "xindai", "pinghu", P50, C,
     [(121.060, 30.790), (121.040, 30.750), (121.025, 30.720)]),
    ("pinghu-links", "pinghu", "guangchen", P50, C,     # Pinghu-Guangchen-Lvxiang (Jinshan)
     [(121.050, 30.730), (121.090, 30.742)]),
    ("pinghu-links", "guangchen", "lvxiang", P50, C,
     [(121.150, 30.790)]),
    # ===================== 2050: Huzhou =====================================================
    ("deqing-xinshi", "deqing", "deqing-station", P50, C,   # Deqing east plain to Xinshi
     [(120.000, 30.550), (120.022, 30.560)]),
    ("deqing-xinshi", "deqing-station", "xinshi", P50, C,
     [(120.080, 30.575), (120.120, 30.590), (120.160, 30.600), (120.200, 30.610),
      (120.240, 30.615)]),

    ("nanxun-huzhou", "nanxun", "huzhou", P50, C,      # inland plain south of the lake shore
     [(120.390, 30.862), (120.360, 30.855), (120.330, 30.848), (120.300, 30.842),
      (120.2768, 30.8381), (120.245, 30.840), (120.215, 30.842), (120.185, 30.843),
      (120.1529, 30.8428), (120.125, 30.855)]),
    ("nanxun-huzhou", "huzhou", "digang", P50, C,      # Hefu fish-pond country
     [(120.100, 30.840), (120.110, 30.815), (120.118, 30.798)]),
    ("huzhou-moganshan", "moganshan", "anji", P50, M,
     [(119.845, 30.640), (119.815, 30.645), (119.785, 30.645), (119.755, 30.645),
      (119.725, 30.642), (119.700, 30.640)]),
    ("huzhou-moganshan", "anji", "yucun", P50, M,       # Anji south valley
     [(119.677, 30.612), (119.673, 30.578)]),
    ("huzhou-moganshan", "yucun", "tianhuangping", P50, M,
     [(119.655, 30.520), (119.640, 30.500), (119.620, 30.482)]),
    ("anji-changxing", "anji", "anji-station", P50, U, [(119.690, 30.655)]),
    ("anji-changxing", "anji-station", "sian", P50, C,
     [(119.690, 30.690), (119.665, 30.720), (119.645, 30.750), (119.628, 30.780),
      (119.615, 30.800), (119.608, 30.8212), (119.620, 30.850), (119.640, 30.875)]),
    ("anji-changxing", "sian", "changxing", P50, C,
     [(119.685, 30.910), (119.720, 30.920), (119.755, 30.930), (119.7868, 30.9337),
      (119.830, 30.955), (119.860, 30.975), (119.885, 30.990)]),
    ("anji-changxing", "changxing", "shuikou-guzhu", P50, M,  # Guzhu tea hills
     [(119.880, 31.022), (119.852, 31.042), (119.828, 31.065), (119.810, 31.085)]),
    ("anji-changxing", "changxing", "huzhou-station", P50, C,
     [(119.930, 30.995), (119.9848, 30.9893), (119.980, 30.965), (119.9758, 30.9508),
      (120.000, 30.930), (120.030, 30.910), (120.050, 30.900)]),
    ("anji-changxing", "huzhou-station", "huzhou", P50, U, [(120.075, 30.885)]),
    ("nanxun-lianshi", "nanxun", "lianshi", P50, C,     # plain south of Nanxun
     [(120.420, 30.840), (120.418, 30.810), (120.417, 30.780), (120.417, 30.750),
      (120.417, 30.725)]),
    ("nanxun-lianshi", "lianshi", "wuzhen", P50, C, [(120.440, 30.720), (120.465, 30.735)]),
    ("nanxun-lianshi", "lianshi", "shanlian", P50, C, [(120.385, 30.700), (120.350, 30.698)]),
    ("nanxun-lianshi", "shanlian", "hefu", P50, C,
     [(120.270, 30.720), (120.235, 30.745), (120.200, 30.765)]),
    ("nanxun-lianshi", "hefu", "digang", P50, C, []),
    ("huzhou-moganshan", "yucun", "anji-bamboo-sea", P50, M, [(119.650, 30.560)]),
    ("anji-changxing", "anji", "zhangwu", P50, M,       # north-west valley to Zhangwu
     [(119.655, 30.665), (119.620, 30.705), (119.585, 30.740), (119.560, 30.765)]),
    # ===================== 2050: Yixing - Liyang - Jintan hills ===============================
    ("yixing-liyang", "yixing", "dingshu", P50, U,
     [(119.825, 31.340), (119.830, 31.320), (119.835, 31.300), (119.845, 31.280)]),
    ("yixing-liyang", "zhangzhu", "yixing-bamboo-sea", P50, M,
     [(119.640, 31.245), (119.655, 31.220), (119.670, 31.195), (119.685, 31.175)]),
    ("yixing-liyang", "tianmu-lake", "nanshan-bamboo-sea", P50, M,  # east side of the lake
     [(119.440, 31.300), (119.440, 31.275), (119.425, 31.258)]),
    ("liyang-jintan", "liyang", "liyang-station", P50, U, []),
    ("liyang-jintan", "liyang-station", "jintan", P50, C,   # west of Changdang Lake
     [(119.490, 31.465), (119.475, 31.480), (119.465, 31.500), (119.460, 31.530),
      (119.4603, 31.5581), (119.458, 31.585), (119.462, 31.615), (119.470, 31.645),
      (119.480, 31.675), (119.500, 31.700), (119.530, 31.725), (119.550, 31.740)]),
    ("liyang-jintan", "jintan", "changdang-lake", P50, V,   # east shore of Changdang Lake
     [(119.585, 31.720), (119.598, 31.695), (119.608, 31.668), (119.612, 31.650)]),
    ("liyang-jintan", "xuebu", "maoshan", P50, M, [(119.350, 31.718)]),
    ("liyang-yixing", "liyang", "yixing", P50, C,      # Xushe - Xinjie plain road
     [(119.510, 31.420), (119.540, 31.415), (119.570, 31.410), (119.600, 31.405),
      (119.625, 31.400), (119.6507, 31.3961), (119.680, 31.385), (119.710, 31.375),
      (119.7495, 31.3690), (119.780, 31.365)]),
    ("liyang-west", "liyang", "shangxing", P50, M,      # Nandu - Caoshan hills
     [(119.450, 31.430), (119.410, 31.428), (119.3728, 31.4277), (119.345, 31.450),
      (119.320, 31.475), (119.300, 31.495)]),
    ("liyang-jintan", "jintan", "zhixi", P50, C,
     [(119.550, 31.765), (119.520, 31.780), (119.490, 31.795)]),
    # ===================== 2050: Changzhou / Wujin / Gehu / Wuxi west =======================
    ("changzhou-gehu", "changzhou", "yancheng-ruins", P50, U,
     [(119.952, 31.755), (119.942, 31.738)]),
    ("changzhou-gehu", "yancheng-ruins", "wujin", P50, U, []),
    ("changzhou-gehu", "wujin", "gehu", P50, C,        # Niutang, east shore of Gehu
     [(119.930, 31.700), (119.910, 31.680), (119.890, 31.660), (119.872, 31.640)]),
    ("changzhou-gehu", "gehu", "heqiao", P50, V,       # Gehu east-shore dyke
     [(119.870, 31.605), (119.880, 31.580), (119.886, 31.555), (119.886, 31.530),
      (119.885, 31.505)]),
    ("changzhou-gehu", "heqiao", "yixing-station", P50, C,
     [(119.870, 31.465), (119.8601, 31.4368), (119.863, 31.408)]),
    ("changzhou-gehu", "yixing-station", "yixing", P50, U, [(119.845, 31.370)]),
    ("changzhou-jintan", "changzhou", "jintan", P50, C,  # Zouqu - Huangtang - Yaotang
     [(119.930, 31.780), (119.900, 31.790), (119.8399, 31.7961), (119.810, 31.790),
      (119.780, 31.785), (119.750, 31.785), (119.720, 31.785), (119.6895, 31.7838),
      (119.660, 31.770), (119.630, 31.760), (119.600, 31.750)]),
    ("wuxi-yangshan", "wuxi", "hudai", P50, C,          # Rongxiang - Hudai
     [(120.270, 31.565), (120.2305, 31.5576), (120.200, 31.555), (120.170, 31.552),
      (120.145, 31.550)]),
    ("wuxi-yangshan", "hudai", "wujin", P50, C,         # Yangshan peach orchards - Lijia
     [(120.100, 31.565), (120.0876, 31.5791), (120.060, 31.595), (120.035, 31.610),
      (120.0105, 31.6297), (119.990, 31.650), (119.970, 31.675), (119.955, 31.695)]),
    ("wuxi-yangshan", "wuxi", "wuxi-east-station", P50, U,   # Wuxi east (Bo Canal / Meicun)
     [(120.310, 31.575), (120.340, 31.580), (120.370, 31.585), (120.400, 31.590),
      (120.425, 31.590)]),
    ("wuxi-yangshan", "wuxi-east-station", "dangkou", P50, C,
     [(120.470, 31.575), (120.495, 31.555), (120.515, 31.535)]),
    # ===================== 2050: Wuxi - Jiangyin - Zhangjiagang - Changshu - Kunshan - Taicang =
    ("wuxi-jiangyin", "wuxi", "qingyang", P50, C,      # Xicheng Canal towpath
     [(120.290, 31.590), (120.2921, 31.6201), (120.285, 31.650), (120.278, 31.6892),
      (120.270, 31.715), (120.260, 31.740)]),
    ("wuxi-jiangyin", "qingyang", "jiangyin", P50, C,
     [(120.245, 31.790), (120.2384, 31.8123), (120.240, 31.835), (120.2411, 31.8553),
      (120.250, 31.880)]),
    ("jiangyin-zhangjiagang", "jiangyin", "huashi", P50, C,  # Yunting - Zhouzhuang (Jiangyin)
     [(120.290, 31.895), (120.315, 31.878), (120.3373, 31.8644), (120.370, 31.865),
      (120.4034, 31.8673), (120.430, 31.850)]),
    ("jiangyin-zhangjiagang", "huashi", "zhangjiagang-station", P50, C, [(120.490, 31.840)]),
    ("jiangyin-zhangjiagang", "zhangjiagang-station", "zhangjiagang", P50, U, []),
    ("zhangjiagang-changshu", "zhangjiagang", "fenghuang", P50, C,
     [(120.555, 31.850), (120.575, 31.830), (120.595, 31.810)]),
    ("zhangjiagang-changshu", "fenghuang", "changshu", P50, C,  # north foot of Yushan
     [(120.645, 31.770), (120.665, 31.745), (120.685, 31.720), (120.705, 31.695),
      (120.725, 31.672)]),
    ("changshu-kunshan", "changshu", "changshu-station", P50, U, [(120.770, 31.640)]),
    ("changshu-kunshan", "changshu-station", "shajiabang", P50, C,
     [(120.805, 31.610), (120.815, 31.590), (120.825, 31.575)]),
    ("changshu-kunshan", "shajiabang", "bacheng", P50, V,   # east shore of Yangcheng Lake
     [(120.840, 31.540), (120.855, 31.520), (120.868, 31.500), (120.877, 31.480)]),
    ("changshu-kunshan", "bacheng", "kunshan", P50, C,
     [(120.890, 31.440), (120.910, 31.420), (120.930, 31.400)]),
    ("changshu-taicang", "changshu", "shaxi", P50, C,  # Guli - Dongbang - Zhitang
     [(120.780, 31.650), (120.820, 31.650), (120.860, 31.648), (120.890, 31.648),
      (120.9261, 31.6484), (120.945, 31.630), (120.9546, 31.6107), (120.980, 31.595),
      (121.010, 31.580), (121.035, 31.570)]),
    ("changshu-taicang", "shaxi", "taicang-station", P50, C,
     [(121.075, 31.540), (121.090, 31.515), (121.105, 31.495)]),
    ("changshu-taicang", "taicang-station", "taicang", P50, U, [(121.105, 31.465)]),
    ("kunshan-taicang", "kunshan", "taicang", P50, C,
     [(120.975, 31.395), (121.000, 31.410), (121.030, 31.425), (121.060, 31.440)]),
    ("jiangyin-zhangjiagang", "qingyang", "xuxiake-town", P50, C,   # south Jiangyin hills road
     [(120.290, 31.763)]),
    ("jiangyin-zhangjiagang", "xuxiake-town", "fenghuang", P50, C,
     [(120.370, 31.766), (120.4084, 31.7696), (120.440, 31.762), (120.4778, 31.7551),
      (120.515, 31.745), (120.5488, 31.7328), (120.580, 31.755), (120.600, 31.775)]),
    # ===================== 2050: Nantong ======================================================
    ("nantong-rugao", "nantong", "nantong-station", P50, U,
     [(120.860, 32.040), (120.848, 32.050)]),
    ("nantong-rugao", "nantong-station", "tangzha", P50, U, [(120.825, 32.061)]),
    ("nantong-rugao", "tangzha", "rugao", P50, C,      # Tongyang Canal - Pingchao - Motou
     [(120.780, 32.080), (120.7407, 32.1013), (120.710, 32.115), (120.680, 32.128),
      (120.6528, 32.1372), (120.625, 32.150), (120.5947, 32.1670), (120.575, 32.185),
      (120.560, 32.210), (120.555, 32.235), (120.557, 32.260), (120.5594, 32.2838),
      (120.557, 32.310), (120.555, 32.335), (120.555, 32.360)]),
    ("rugao-haian", "rugao", "haian", P50, C,
     [(120.535, 32.410), (120.515, 32.435), (120.495, 32.460), (120.480, 32.485),
      (120.470, 32.510), (120.460, 32.530)]),
    ("haian-rudong", "haian", "chahe", P50, C,         # Xichang - Xue'an - Yuanzhuang
     [(120.4999, 32.5321), (120.530, 32.530), (120.560, 32.527), (120.5917, 32.5250),
      (120.620, 32.505), (120.650, 32.480), (120.6902, 32.4587), (120.730, 32.450),
      (120.7727, 32.4480), (120.795, 32.420), (120.810, 32.390), (120.8203, 32.3518),
      (120.850, 32.352), (120.885, 32.352)]),
    ("haian-rudong", "chahe", "rudong", P50, C,
     [(120.955, 32.340), (120.990, 32.330), (121.0375, 32.3207), (121.070, 32.320),
      (121.100, 32.318), (121.130, 32.318), (121.160, 32.318)]),
    ("haian-rudong", "chahe", "xiaoyangkou", P50, C,
     [(120.930, 32.400), (120.950, 32.440), (120.970, 32.480), (120.985, 32.520)]),
    ("rudong-nantong", "rudong", "tongzhou", P50, C,
     [(121.160, 32.300), (121.130, 32.280), (121.105, 32.262), (121.0884, 32.2495),
      (121.085, 32.220), (121.080, 32.190), (121.077, 32.160), (121.075, 32.135),
      (121.074, 32.110)]),
    ("rudong-nantong", "tongzhou", "nantong", P50, C,
     [(121.040, 32.085), (121.005, 32.083), (120.9683, 32.0827), (120.9399, 32.0650),
      (120.910, 32.050), (120.890, 32.040)]),
    ("tongzhou-qidong", "tongzhou", "haimen", P50, C,
     [(121.100, 32.075), (121.130, 32.060), (121.160, 32.040), (121.1856, 32.0229),
      (121.185, 31.995), (121.180, 31.965), (121.175, 31.935), (121.173, 31.915)]),
    ("tongzhou-qidong", "haimen", "changle", P50, C,
     [(121.200, 31.910), (121.225, 31.925)]),
    ("tongzhou-qidong", "changle", "qidong", P50, C,
     [(121.280, 31.937), (121.315, 31.937), (121.3491, 31.9366), (121.390, 31.936),
      (121.4325, 31.9357), (121.4719, 31.9266), (121.505, 31.920), (121.540, 31.912),
      (121.5714, 31.9081), (121.595, 31.880), (121.620, 31.855), (121.640, 31.830)]),
    ("tongzhou-qidong", "qidong", "yuantuojiao", P50, C,
     [(121.690, 31.795), (121.720, 31.780), (121.750, 31.765), (121.780, 31.750),
      (121.810, 31.740), (121.840, 31.730), (121.865, 31.722)]),
    ("rugao-baipu", "rugao", "baipu", P50, C,          # Rugao - Dingyan - Linzi - Baipu
     [(120.600, 32.390), (120.6405, 32.4016), (120.675, 32.385), (120.710, 32.3636),
      (120.730, 32.330), (120.7414, 32.2977), (120.750, 32.270)]),
    ("rugao-baipu", "baipu", "tongzhou", P50, C,       # Liuqiao - Si'an - Xiting
     [(120.790, 32.210), (120.820, 32.185), (120.8368, 32.1686), (120.870, 32.150),
      (120.910, 32.135), (120.9410, 32.1364), (120.975, 32.128), (121.0046, 32.1186),
      (121.040, 32.105)]),
    # ===================== 2050: Ningbo =======================================================
    ("yuyao-cixi", "yuyao", "yuyao-north-station", P50, U, [(121.152, 30.065)]),
    ("yuyao-cixi", "yuyao-north-station", "cixi", P50, C,
     [(121.180, 30.095), (121.205, 30.110), (121.2371, 30.1293), (121.240, 30.150)]),
    ("cixi-ningbo", "cixi", "cicheng", P50, M,         # Kuangyan - Sanqishi pass
     [(121.2959, 30.1513), (121.310, 30.125), (121.320, 30.100), (121.330, 30.075),
      (121.335, 30.050), (121.3386, 30.0336), (121.360, 30.020), (121.390, 30.005),
      (121.415, 29.990)]),
    ("cixi-ningbo", "cicheng", "ningbo", P50, U,
     [(121.470, 29.970), (121.500, 29.955), (121.525, 29.940), (121.5483, 29.9300),
      (121.550, 29.905)]),
    ("ningbo-xikou", "ningbo", "fenghua", P50, C,      # Fenghua River bank
     [(121.535, 29.860), (121.5245, 29.8506), (121.510, 29.835), (121.5044, 29.8225),
      (121.480, 29.800), (121.455, 29.780), (121.430, 29.760), (121.410, 29.745),
      (121.4037, 29.7329), (121.405, 29.705), (121.405, 29.680)]),
    ("fenghua-ninghai", "fenghua", "ninghai", P50, M,  # over the hills west of Xiangshan Harbour
     [(121.405, 29.635), (121.405, 29.6175), (121.410, 29.590), (121.418, 29.560),
      (121.420, 29.530), (121.418, 29.505), (121.416, 29.480), (121.420, 29.455),
      (121.428, 29.430), (121.432, 29.405), (121.432, 29.380), (121.430, 29.350),
      (121.428, 29.320)]),
    ("fenghua-ninghai", "ninghai", "qiantong", P50, C,
     [(121.410, 29.275), (121.395, 29.255), (121.382, 29.240)]),
    ("ninghai-shipu", "ninghai", "xizhou", P50, C,     # Dajiahe to Xizhou (level-1 goes on east)
     [(121.450, 29.310), (121.480, 29.340), (121.505, 29.370), (121.525, 29.400),
      (121.5506, 29.4289), (121.580, 29.445), (121.610, 29.455), (121.640, 29.465)]),
    ("ningbo-dongqian", "dongqian-lake", "tiantong-temple", P50, M,  # north of the lake
     [(121.655, 29.790), (121.660, 29.805), (121.650, 29.812), (121.680, 29.815), (121.710, 29.812), (121.740, 29.810),
      (121.765, 29.808)]),
    ("ningbo-west", "ningbo", "yinjiang", P50, C,      # Jishigang - Hengjie, Siming foothills
     [(121.520, 29.872), (121.490, 29.870), (121.460, 29.870), (121.431, 29.8703),
      (121.3969, 29.8592), (121.380, 29.835), (121.368, 29.805)]),
    ("cixi-ningbo", "cixi", "shanglin-lake-kilns", P50, M,
     [(121.235, 30.150), (121.228, 30.120), (121.220, 30.090), (121.215, 30.070)]),
    ("ninghai-shipu", "xiangshan", "songlanshan", P50, C,
     [(121.895, 29.482), (121.922, 29.490)]),
    # ===================== 2050: Zhoushan (on the islands only) ==============================
    ("zhoushan-island", "zhoushan", "baiquan", P50, C,
     [(122.190, 30.010), (122.175, 30.035), (122.160, 30.060)]),
    ("zhoushan-island", "baiquan", "ganlan", P50, C, [(122.145, 30.090)]),
    ("zhoushan-island", "ganlan", "maao", P50, C, [(122.110, 30.110)]),
    ("zhoushan-island", "maao", "xiaosha", P50, C, []),
    ("zhoushan-island", "xiaosha", "cengang", P50, C, [(122.035, 30.095), (122.015, 30.085)]),
    ("zhoushan-island", "baiquan", "zhanmao", P50, C,
     [(122.180, 30.065), (122.210, 30.055), (122.240, 30.045), (122.265, 30.035)]),
    ("daishan", "daishan", "dongsha", P50, C,
     [(122.185, 30.260), (122.175, 30.275), (122.160, 30.290), (122.150, 30.305)]),
]

# Chongming ring: the Natural Earth coast pulled ~0.8 km inland (the round-island levee road)
# split points, in the ring's direction (west along the south shore, east along the north)
CHONGMING_PLACES = ["chongming-nanmen-ferry-terminal", "xisha-wetland", "qilong", "haiyong",
                    "chongming-dongtan", "baozhen-ferry-terminal", "xinhe-ferry-terminal"]
CHONGMING_TYPES = {"chongming-nanmen-ferry-terminal": C, "xisha-wetland": V, "qilong": C,
                   "haiyong": C, "chongming-dongtan": V, "baozhen-ferry-terminal": C,
                   "xinhe-ferry-terminal": C}


def geod_km(a, b):
    """Great-circle (haversine) distance in km on the WGS84 mean radius."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def chongming_ring():
    """Ring of points ~0.8 km inside the NE Chongming coast, clockwise from the south shore,
    resampled so that consecutive points are <= ~5 km apart."""
    from shapely.geometry import shape
    ne = json.load(open(NE_LAND, encoding="utf-8"))
    poly = [shape(f["geometry"]) for f in ne["features"]
            if f["properties"].get("name_en") == "Chongming Island"][0]
    inner = poly.buffer(-0.008).simplify(0.002)
    ring = inner.exterior
    n = max(8, int(ring.length / 0.04))
    pts = [ring.interpolate(i / n, normalized=True) for i in range(n)]
    return [(round(p.x, 5), round(p.y, 5)) for p in pts]


def load_main_places():
    if not os.path.exists(MAIN_PLACES):
        return {}
    d = json.load(open(MAIN_PLACES, encoding="utf-8"))
    return {f["properties"]["id"]: f for f in d["features"]}


def place_feature(pid, main):
    if pid in main:
        return main[pid]
    (zh, en, kind, city, lodging, themes, visit, circles, dzh, den, lon, lat, src) = PLACES[pid]
    props = dict(id=pid, name_zh=zh, name_en=en, kind=kind, city=city, lodging=lodging,
                 themes=themes, visit_min=visit, circles=circles, desc_zh=dzh, desc_en=den,
                 source=src)
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def build():
    main = load_main_places()
    used = {}

    def pt(pid):
        if pid not in used:
            used[pid] = place_feature(pid, main)
        c = used[pid]["geometry"]["coordinates"]
        return (c[0], c[1])

    segs = []  # (route, from, to, phase, type, coords)
    for route, a, b, phase, gtype, wps in SEGS:
        segs.append((route, a, b, phase, gtype, [pt(a)] + list(wps) + [pt(b)]))

    # Chongming ring, split at the places (nearest ring point)
    ring = chongming_ring()
    idx = []
    for pid in CHONGMING_PLACES:
        p = pt(pid)
        idx.append(min(range(len(ring)), key=lambda i: geod_km(ring[i], p)))
    n = len(ring)
    steps = [(idx[(k + 1) % len(idx)] - idx[k]) % n for k in range(len(idx))]
    assert sum(steps) == n and all(s > 0 for s in steps), (idx, steps)
    for k, pid in enumerate(CHONGMING_PLACES):
        nxt = CHONGMING_PLACES[(k + 1) % len(CHONGMING_PLACES)]
        i, j = idx[k], idx[(k + 1) % len(idx)]
        # the ring vertex nearest each place is replaced by the place itself
        run, step = [], (i + 1) % n
        while step != j:
            run.append(ring[step])
            step = (step + 1) % n
        coords = [pt(pid)] + run + [pt(nxt)]
        segs.append(("chongming", pid, nxt, P25, CHONGMING_TYPES[pid], coords))

    feats, counter = [], {}
    for route, a, b, phase, gtype, coords in segs:
        counter[route] = counter.get(route, 0) + 1
        rzh, ren, corridor = ROUTES[route]
        pa, pb = used[a]["properties"], used[b]["properties"]
        # drop consecutive duplicates, round
        out = []
        for c in coords:
            c = [round(c[0], 5), round(c[1], 5)]
            if not out or out[-1] != c:
                out.append(c)
        props = {
            "id": "gw2-%s-%02d" % (route, counter[route]),
            "network": "greenway",
            "corridor": corridor,
            "name_zh": "%s（%s—%s段）" % (rzh, pa["name_zh"], pb["name_zh"]),
            "name_en": "%s (%s - %s)" % (ren, pa["name_en"], pb["name_en"]),
            "from": a, "to": b, "phase": phase, "mode": "walk",
            "level": 2, "greenway_type": gtype,
        }
        if corridor == "gw-level-2":
            pass
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "LineString", "coordinates": out}})
    # order the Chongming ring after the other 2025 Shanghai routes: keep SEGS order
    return feats, used


def write(path, feats):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n'
                + ",\n".join(json.dumps(x, ensure_ascii=False) for x in feats) + "\n]}\n")


if __name__ == "__main__":
    feats, used = build()
    write(OUT, feats)
    write(OUT_PL, [used[k] for k in sorted(used)])
    print("wrote %d segments, %d places" % (len(feats), len(used)))
