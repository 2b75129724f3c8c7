# Small flat pictograms for the neighbourhood deck, drawn as shapes and
# written as PNG with zlib alone (no imaging library).
import zlib, struct, math, sys
W = H = 160
INK = (40, 40, 52)
def png(path, px):
    raw = b''.join(b'\x00' + bytes(sum((px[y][x] for x in range(W)), ())) for y in range(H))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)
def canvas(bg): return [[bg for _ in range(W)] for _ in range(H)]
def rect(px, x0, y0, x1, y1, c):
    for y in range(max(0,y0), min(H,y1)):
        for x in range(max(0,x0), min(W,x1)): px[y][x] = c
def circle(px, cx, cy, r, c):
    for y in range(max(0,cy-r), min(H,cy+r+1)):
        for x in range(max(0,cx-r), min(W,cx+r+1)):
            if (x-cx)**2 + (y-cy)**2 <= r*r: px[y][x] = c
def tri(px, a, b, c_, col):
    xs=[a[0],b[0],c_[0]]; ys=[a[1],b[1],c_[1]]
    def side(p,q,r): return (q[0]-p[0])*(r[1]-p[1])-(q[1]-p[1])*(r[0]-p[0])
    for y in range(max(0,min(ys)), min(H,max(ys)+1)):
        for x in range(max(0,min(xs)), min(W,max(xs)+1)):
            d1=side(a,b,(x,y)); d2=side(b,c_,(x,y)); d3=side(c_,a,(x,y))
            if (d1>=0 and d2>=0 and d3>=0) or (d1<=0 and d2<=0 and d3<=0): px[y][x]=col
bg = (250, 246, 236)
# A house with an open door: welcome visits.
p = canvas(bg); tri(p,(20,80),(140,80),(80,25),INK); rect(p,35,80,125,145,INK); rect(p,68,100,92,145,(250,191,46)); png(sys.argv[1]+'/welcome-visits.png', p)
# A library: books on a shelf.
p = canvas(bg)
for i,(c,h) in enumerate([((69,158,209),70),((217,84,79),85),((250,191,46),60),((79,179,106),78),((140,102,191),66)]):
    rect(p, 22+i*24, 130-h, 40+i*24, 130, c)
rect(p, 14, 130, 146, 140, INK); png(sys.argv[1]+'/library-hub.png', p)
# A café: a cup and steam.
p = canvas(bg); rect(p,40,70,110,130,INK); circle(p,115,95,16,INK); circle(p,115,95,8,bg); rect(p,30,130,120,138,INK)
for k in range(3):
    for t in range(30):
        circle(p, 55+k*20+int(5*math.sin(t/4)), 60-t, 2, (150,150,160))
png(sys.argv[1]+'/community-cafe.png', p)
# People holding hands around a circle: peer support.
p = canvas(bg)
for k in range(6):
    a = k*math.pi/3
    cx, cy = 80+int(50*math.cos(a)), 80+int(50*math.sin(a))
    circle(p, cx, cy, 14, [(69,158,209),(217,84,79),(250,191,46),(79,179,106),(140,102,191),(230,159,0)][k])
circle(p,80,80,22,INK); png(sys.argv[1]+'/peer-support.png', p)
