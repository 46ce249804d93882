#!/usr/bin/env python3
"""Large real-like inputs in the Visual Genome, reference (ProVision) and COCO formats, for measuring the loaders
(docs/performance.md, session 4): the realistic corpus (tests/Corpus/realistic, 24 graphs of 20-30 objects) repeated
with new ids. VG as VG writes it (numeric ids, names, synsets, nested subject/object, sizes in image_data.json); the
reference format as a detection file and an attribute/relation file merged by image id; COCO with an octagon polygon
per annotation, and the same without segmentation.

    python3 scripts/real-like-annotations.py OUT_DIR [--vg 20000] [--provision 40000] [--coco 20000]
"""
import argparse, json, pathlib, random

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("out", type=pathlib.Path)
parser.add_argument("--vg", type=int, default=20000)
parser.add_argument("--provision", type=int, default=40000)
parser.add_argument("--coco", type=int, default=20000)
args = parser.parse_args()
args.out.mkdir(parents=True, exist_ok=True)
src = [json.loads(l) for l in open(root / "tests/Corpus/realistic/graphs.jsonl") if l.strip()]

with open(args.out / "vg.json", "w") as f, open(args.out / "vg_image_data.json", "w") as sizes:
    f.write("["); sizes.write("[")
    oid = 1
    for n in range(args.vg):
        g = src[n % len(src)]
        base, objects, relations = oid, [], []
        for o in g["objects"]:
            x1, y1, x2, y2 = o["box"]
            objects.append({"object_id": oid, "x": x1, "y": y1, "w": x2 - x1, "h": y2 - y1, "names": [o["label"]],
                            "synsets": [o["label"].split()[-1] + ".n.01"], "attributes": o.get("attributes", [])})
            oid += 1
        for i, (s, p, o) in enumerate(g["relations"]):
            relations.append({"relationship_id": n * 1000 + i, "predicate": p.upper() if i % 3 == 0 else p, "synsets": [p.split()[0] + ".r.01"],
                              "subject": {"object_id": base + s, "name": g["objects"][s]["label"], "x": 1, "y": 2, "w": 3, "h": 4},
                              "object": {"object_id": base + o, "name": g["objects"][o]["label"], "x": 1, "y": 2, "w": 3, "h": 4}})
        if n: f.write(", "); sizes.write(", ")
        json.dump({"image_id": n + 1, "objects": objects, "relationships": relations}, f)
        json.dump({"image_id": n + 1, "width": g["width"], "height": g["height"], "url": "https://cs.stanford.edu/VG/%d.jpg" % (n + 1)}, sizes)
    f.write("]"); sizes.write("]")

rnd = random.Random(7)
with open(args.out / "pv_det.json", "w") as det, open(args.out / "pv_rel.json", "w") as rel:
    det.write("{"); rel.write("{")
    for n in range(args.provision):
        g = src[n % len(src)]
        key = json.dumps("img_%07d" % n)
        if n: det.write(", "); rel.write(", ")
        det.write(key + ": " + json.dumps({"data_path": "images/img_%07d.jpg" % n, "source": "vg", "annotation": {
            "width": g["width"], "height": g["height"], "labels": [o["label"] for o in g["objects"]], "bboxes": [o["box"] for o in g["objects"]],
            "det_scores": [round(0.3 + rnd.random() * 0.7, 6) for _ in g["objects"]]}}))
        rel.write(key + ": " + json.dumps({"data_path": "images/img_%07d.jpg" % n, "annotation": {
            "attributes": [o.get("attributes", []) for o in g["objects"]], "relations": g["relations"]}}))
    det.write("}"); rel.write("}")

images, annotations, categories = [], [], {}
for n in range(args.coco):
    g = src[n % len(src)]
    images.append({"license": 3, "file_name": "%012d.jpg" % (n + 1), "height": g["height"], "width": g["width"], "id": n + 1})
    for o in g["objects"]:
        x1, y1, x2, y2 = o["box"]
        w, h = x2 - x1, y2 - y1
        categories.setdefault(o["label"], len(categories) + 1)
        octagon = [x1 + w * 0.3, y1, x1 + w * 0.7, y1, x2, y1 + h * 0.3, x2, y1 + h * 0.7, x1 + w * 0.7, y2, x1 + w * 0.3, y2, x1, y1 + h * 0.7, x1, y1 + h * 0.3]
        annotations.append({"segmentation": [[round(v, 2) for v in octagon]], "area": round(w * h * 0.82, 2), "iscrowd": 0, "image_id": n + 1,
                            "bbox": [x1, y1, w, h], "category_id": categories[o["label"]], "id": len(annotations) + 1})
coco = {"info": {"description": "real-like COCO", "year": 2017}, "images": images, "annotations": annotations,
        "categories": [{"supercategory": "thing", "id": i, "name": label} for label, i in categories.items()]}
json.dump(coco, open(args.out / "coco.json", "w"))
for a in annotations: del a["segmentation"]
json.dump(coco, open(args.out / "coco_boxes.json", "w"))
