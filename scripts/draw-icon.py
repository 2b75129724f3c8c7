# The game's icon: three cards fanned out (a challenge, an idea, a method)
# and a vote's dot, on the paper of the table. Writes the PNG for Linux
# desktops and the window, the multi-size ICO for Windows and the ICNS for
# the macOS app.
#   pip install pillow && python3 scripts/draw-icon.py assets/icon
import sys
from PIL import Image, ImageDraw

S = 1024
CHALLENGE, IDEA, METHOD = (0xd9, 0x54, 0x4f), (0xfa, 0xbf, 0x2e), (0x45, 0x9e, 0xd1)
DOT, INK, PAPER = (0x4f, 0xb3, 0x6a), (0x15, 0x15, 0x1a), (0xfa, 0xf6, 0xec)

def card(colour, angle, dx):
    layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    w, h = 400, 560
    x0, y0 = (S - w) // 2 + dx, (S - h) // 2 + 30
    d.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=48, fill=colour, outline=INK, width=18)
    # A title line and two lines of text.
    for i, (inset, thick) in enumerate([(60, 44), (60, 26), (60, 26)]):
        y = y0 + 90 + i * 80
        d.rounded_rectangle((x0 + inset, y, x0 + w - inset - (i * 70), y + thick), radius=thick // 2, fill=INK)
    return layer.rotate(angle, resample=Image.BICUBIC, center=(S // 2, S // 2 + 300))

icon = Image.new("RGBA", (S, S), (0, 0, 0, 0))
ImageDraw.Draw(icon).rounded_rectangle((24, 24, S - 24, S - 24), radius=200, fill=PAPER, outline=INK, width=20)
for colour, angle, dx in [(CHALLENGE, 24, -70), (IDEA, 0, 0), (METHOD, -24, 70)]:
    icon = Image.alpha_composite(icon, card(colour, angle, dx))
d = ImageDraw.Draw(icon)
r = 120
cx, cy = S - 250, S - 250
d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=DOT, outline=INK, width=18)

out = sys.argv[1] if len(sys.argv) > 1 else "assets/icon"
icon.resize((512, 512), Image.LANCZOS).save(f"{out}/livinglab.png", optimize=True)
icon.save(f"{out}/livinglab.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
icon.save(f"{out}/livinglab.icns")
