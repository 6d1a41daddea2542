/* gen_fontmetrics.c - the font metrics tables of the firmware, generated
 * on the build machine from the very fonts the simulator draws with.
 *
 *     gen-fontmetrics OUT.c CONTENT.ini PX_MIN PX_MAX REGULAR.ttf BOLD.ttf
 *
 * The simulator measures text with SDL_ttf 2.20, which shapes it with
 * HarfBuzz over FreeType (light hinting). The board has neither: it
 * measures with tables (fontmetrics.c) that replay what SDL_ttf computes
 * for TTF_SizeUTF8, so the core lays every slide out to the same pixel:
 *   - per face and size: the line skip and the capital H's height, asked
 *     of SDL_ttf itself (TTF_FontLineSkip, TTF_GlyphMetrics32);
 *   - per face, size and character: the hinted advance in 26.6 pixels
 *     (HarfBuzz's, over FreeType as SDL_ttf sets it up) and the glyph's
 *     box left edge and width (SDL_ttf's own, TTF_GlyphMetrics32);
 *   - per face: the GPOS kerning pairs in font units, with HarfBuzz's
 *     scale per size, so the board scales them as HarfBuzz does
 *     (hb-font.hh: em_mult) instead of keeping a table per size.
 * The characters are printable ASCII, Latin-1, the general punctuation
 * block and every other one the content uses. Anything the pairwise model cannot replay (a
 * ligature, a mark moved, a kern on the second glyph) stops the build.
 * The proof that the tables replay SDL_ttf is tests/firmware/run.sh:
 * every slide laid out on both, compared line for line.
 */
#include <ft2build.h>
#include FT_FREETYPE_H
#include <SDL2/SDL.h>
#include <SDL2/SDL_ttf.h>
#include <hb-ft.h>
#include <hb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CHARS 512
#define MAX_PAIRS 65536
#define FACES 2

typedef struct {
    uint32_t cp[MAX_CHARS]; /* sorted, unique */
    int count;
} charset_t;

typedef struct {
    uint16_t a, b; /* indices into the charset */
    int16_t units; /* the first glyph's advance change, in font units */
} pair_t;

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "gen-fontmetrics: %s%s%s\n", what, detail ? ": " : "",
            detail ? detail : "");
    exit(1);
}

static void *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) die("cannot read", path);
    fclose(f);
    buf[n] = '\0';
    *size = (size_t)n;
    return buf;
}

static void add_char(charset_t *cs, uint32_t cp)
{
    for (int i = 0; i < cs->count; i++)
        if (cs->cp[i] == cp) return;
    if (cs->count == MAX_CHARS) die("more characters than MAX_CHARS", NULL);
    int i = cs->count++;
    for (; i > 0 && cs->cp[i - 1] > cp; i--) cs->cp[i] = cs->cp[i - 1];
    cs->cp[i] = cp;
}

/* Every character of the content beyond ASCII (the loader has checked
 * its UTF-8 before this runs: the kiosk's build validates it). */
static void add_content_chars(charset_t *cs, const unsigned char *s)
{
    while (*s) {
        uint32_t cp = *s;
        int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        if (extra) cp &= 0x3Fu >> extra;
        s++;
        for (; extra > 0 && *s; extra--) cp = (cp << 6) | (*s++ & 0x3Fu);
        if (cp >= 0x20 && cp != 0x7F) add_char(cs, cp);
    }
}

/* Shapes `n` characters as SDL_ttf does (LTR, script unknown, no
 * language, default features). */
static unsigned shape(hb_font_t *font, const uint32_t *cps, int n,
                      hb_glyph_info_t **info, hb_glyph_position_t **pos,
                      hb_buffer_t *buf)
{
    hb_buffer_clear_contents(buf);
    hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, HB_SCRIPT_UNKNOWN);
    hb_buffer_add_utf32(buf, cps, n, 0, n);
    hb_shape(font, buf, NULL, 0);
    unsigned count;
    *info = hb_buffer_get_glyph_infos(buf, &count);
    *pos = hb_buffer_get_glyph_positions(buf, &count);
    return count;
}

/* The kerning pairs of a face in font units: each ordered pair shaped at
 * a scale of one unit a unit, against its two glyphs shaped alone. */
static int find_pairs(hb_face_t *face, const charset_t *cs, pair_t *pairs)
{
    hb_font_t *font = hb_font_create(face); /* scale: upem, unhinted */
    hb_buffer_t *buf = hb_buffer_create();
    hb_glyph_info_t *info;
    hb_glyph_position_t *pos;
    static int32_t alone[MAX_CHARS];
    static hb_codepoint_t gid[MAX_CHARS];
    for (int i = 0; i < cs->count; i++) {
        if (shape(font, &cs->cp[i], 1, &info, &pos, buf) != 1)
            die("a character shapes to more than one glyph", NULL);
        alone[i] = pos[0].x_advance;
        gid[i] = info[0].codepoint;
    }
    int n = 0;
    for (int a = 0; a < cs->count; a++)
        for (int b = 0; b < cs->count; b++) {
            uint32_t two[2] = {cs->cp[a], cs->cp[b]};
            if (shape(font, two, 2, &info, &pos, buf) != 2 ||
                info[0].codepoint != gid[a] || info[1].codepoint != gid[b] ||
                pos[0].x_offset || pos[1].x_offset ||
                pos[1].x_advance != alone[b]) {
                fprintf(stderr, "U+%04X U+%04X: ", two[0], two[1]);
                die("a pair the tables cannot replay (ligature, mark or kern on "
                    "the second glyph)", NULL);
            }
            int32_t kern = pos[0].x_advance - alone[a];
            if (!kern) continue;
            if (n == MAX_PAIRS) die("more kerning pairs than MAX_PAIRS", NULL);
            pairs[n++] = (pair_t){(uint16_t)a, (uint16_t)b, (int16_t)kern};
        }
    hb_buffer_destroy(buf);
    hb_font_destroy(font);
    return n;
}

/* One face at one size, as SDL_ttf 2.20 sets it up (TTF_OpenFontRW,
 * TTF_SetFontSizeDPI with 0 dpi, TTF_SetFontHinting LIGHT). */
typedef struct {
    FT_Face ft;
    hb_font_t *hb;
    TTF_Font *ttf;
} sized_t;

static sized_t open_sized(FT_Library lib, const void *data, size_t size,
                          int px)
{
    sized_t s;
    if (FT_New_Memory_Face(lib, data, (FT_Long)size, 0, &s.ft) ||
        FT_Set_Char_Size(s.ft, 0, px * 64, 0, 0))
        die("FreeType cannot open the font", NULL);
    s.hb = hb_ft_font_create(s.ft, NULL);
    hb_ft_font_set_load_flags(s.hb, FT_LOAD_DEFAULT | FT_LOAD_TARGET_LIGHT);
    hb_ft_font_changed(s.hb);
    s.ttf = TTF_OpenFontRW(SDL_RWFromConstMem(data, (int)size), 1, px);
    if (!s.ttf) die("SDL_ttf cannot open the font", TTF_GetError());
    TTF_SetFontHinting(s.ttf, TTF_HINTING_LIGHT);
    TTF_SetFontKerning(s.ttf, 1);
    return s;
}

static void close_sized(sized_t *s)
{
    TTF_CloseFont(s->ttf);
    hb_font_destroy(s->hb);
    FT_Done_Face(s->ft);
}

/* One face at one size: its metrics line, then its glyphs. */
static void write_size(FILE *out, FT_Library lib, const void *data,
                       size_t size, int px, const charset_t *cs,
                       FILE *glyphs)
{
    sized_t s = open_sized(lib, data, size, px);
    int xs, ys, minx, maxx, miny, maxy, adv;
    hb_font_get_scale(s.hb, &xs, &ys);
    int upem = (int)hb_face_get_upem(hb_font_get_face(s.hb));
    /* hb-font.hh, mults_changed(): the scale a unit becomes, in 16.16. */
    int64_t x_mult = ((int64_t)xs << 16) / upem;
    if (TTF_GlyphMetrics32(s.ttf, 'H', &minx, &maxx, &miny, &maxy, &adv))
        die("no H", NULL);
    fprintf(out, "    {%d, %d, %lld}, /* %d px */\n", TTF_FontLineSkip(s.ttf), maxy,
            (long long)x_mult, px);
    hb_buffer_t *buf = hb_buffer_create();
    fprintf(glyphs, "    /* %d px */\n", px);
    for (int i = 0; i < cs->count; i++) {
        hb_glyph_info_t *info;
        hb_glyph_position_t *pos;
        shape(s.hb, &cs->cp[i], 1, &info, &pos, buf);
        if (TTF_GlyphMetrics32(s.ttf, cs->cp[i], &minx, &maxx, &miny, &maxy, &adv))
            minx = maxx = 0; /* not in the font: SDL_ttf draws nothing */
        if (pos[0].x_advance > INT16_MAX || minx < INT8_MIN || minx > INT8_MAX ||
            maxx - minx > UINT8_MAX)
            die("a glyph too large for the table's fields", NULL);
        fprintf(glyphs, "    {%d, %d, %d},\n", pos[0].x_advance, minx,
                maxx - minx);
    }
    hb_buffer_destroy(buf);
    close_sized(&s);
}

static void write_tables(FILE *out, FT_Library lib, void *const data[FACES],
                         const size_t size[FACES], int px_min, int px_max,
                         const charset_t *cs)
{
    static pair_t pairs[FACES][MAX_PAIRS];
    int pair_count[FACES];
    FILE *glyphs = tmpfile();
    if (!glyphs) die("no temporary file", NULL);
    /* Flat arrays, face by face and size by size: the header needs no
     * dimension but the ones it exports as numbers. */
    fprintf(out, "const fontmetrics_size_t fontmetrics_sizes[] = {\n");
    for (int f = 0; f < FACES; f++)
        for (int px = px_min; px <= px_max; px++)
            write_size(out, lib, data[f], size[f], px, cs, glyphs);
    fprintf(out, "};\n\nconst fontmetrics_glyph_t fontmetrics_glyphs[] = {\n");
    rewind(glyphs);
    for (int c; (c = fgetc(glyphs)) != EOF;) fputc(c, out);
    fclose(glyphs);
    fprintf(out, "};\n\n");
    for (int f = 0; f < FACES; f++) {
        FT_Face ft;
        if (FT_New_Memory_Face(lib, data[f], (FT_Long)size[f], 0, &ft))
            die("FreeType cannot open the font", NULL);
        hb_face_t *face = hb_ft_face_create_referenced(ft);
        pair_count[f] = find_pairs(face, cs, pairs[f]);
        hb_face_destroy(face);
        FT_Done_Face(ft);
        fprintf(out, "static const fontmetrics_pair_t pairs_%d[] = {\n", f);
        for (int i = 0; i < pair_count[f]; i++)
            fprintf(out, "    {%u, %u, %d},\n", pairs[f][i].a, pairs[f][i].b,
                    pairs[f][i].units);
        fprintf(out, "};\n\n");
    }
    fprintf(out, "const fontmetrics_pairs_t fontmetrics_pairs[%d] = {\n", FACES);
    for (int f = 0; f < FACES; f++)
        fprintf(out, "    {pairs_%d, %d},\n", f, pair_count[f]);
    fprintf(out, "};\n");
}

int main(int argc, char **argv)
{
    if (argc != 7) die("usage: gen-fontmetrics OUT.c CONTENT.ini PX_MIN PX_MAX "
                       "REGULAR.ttf BOLD.ttf", NULL);
    int px_min = atoi(argv[3]), px_max = atoi(argv[4]);
    if (px_min < 1 || px_max < px_min) die("bad size range", NULL);
    charset_t cs = {.count = 0};
    for (uint32_t c = 0x20; c < 0x7F; c++) add_char(&cs, c);
    /* Beyond the content's own: what the core writes itself (the
     * ellipsis of a cut text, the bullet of a goods list, the dot of the
     * footer) and what a curator may type next (Latin-1's letters and
     * signs, the punctuation block's dashes, quotes and bullets). */
    for (uint32_t c = 0xA0; c <= 0xFF; c++) add_char(&cs, c);
    for (uint32_t c = 0x2010; c <= 0x203A; c++) add_char(&cs, c);
    size_t n;
    unsigned char *content = read_file(argv[2], &n);
    add_content_chars(&cs, content);
    free(content);
    void *data[FACES];
    size_t size[FACES];
    for (int f = 0; f < FACES; f++) data[f] = read_file(argv[5 + f], &size[f]);
    FT_Library lib;
    if (FT_Init_FreeType(&lib) || TTF_Init()) die("cannot start FreeType", NULL);
    FILE *out = fopen(argv[1], "w");
    if (!out) die("cannot write", argv[1]);
    fprintf(out, "/* Generated by src/firmware/tools/gen_fontmetrics.c from %s and "
                 "%s: do not edit. */\n#include \"fontmetrics.h\"\n\n",
            argv[5], argv[6]);
    fprintf(out, "const uint32_t fontmetrics_chars[%d] = {", cs.count);
    for (int i = 0; i < cs.count; i++)
        fprintf(out, "%s0x%X,", i % 12 ? " " : "\n    ", cs.cp[i]);
    fprintf(out, "\n};\nconst int fontmetrics_char_count = %d;\n"
                 "const int fontmetrics_px_min = %d, fontmetrics_px_max = %d;\n\n",
            cs.count, px_min, px_max);
    write_tables(out, lib, data, size, px_min, px_max, &cs);
    if (fclose(out) != 0) die("cannot write", argv[1]);
    TTF_Quit();
    FT_Done_FreeType(lib);
    return 0;
}
