#!/usr/bin/env bash
# Regenerates the recorded call clips in resources/voice/ (committed, so the program
# itself never needs espeak-ng). Needs: espeak-ng (voice "cmn") and sox.
#   sudo apt-get install espeak-ng sox && scripts/make_voice_clips.sh
# Clips are 16 kHz mono 16-bit WAV with the silence trimmed, joined at run time:
#   chime, 请, A B C D, 0-9 (零…九), 十, 号, 到, 窗口.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/resources/voice"
RATE=16000
SPEED=150   # words per minute; a little slower than espeak's default for a large hall
mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

speak() {  # speak NAME VOICE TEXT
  espeak-ng -v "$2" -s "$SPEED" -w "$TMP/$1.raw.wav" "$3"
  # Trim leading/trailing silence, resample, leave 40 ms of air at the end.
  sox "$TMP/$1.raw.wav" -r "$RATE" -c 1 -b 16 "$OUT/$1.wav" \
    silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse pad 0 0.04 norm -3
}

# espeak-ng's cmn dictionary reads the tone digits of some characters in English
# ("请" comes out as "qing three"), so the words are given in tone-numbered pinyin.
PINYIN=cmn-latn-pinyin
speak qing "$PINYIN" "qing3"
speak hao "$PINYIN" "hao4"
speak dao "$PINYIN" "dao4"
speak chuangkou "$PINYIN" "chuang1 kou3"
speak shi "$PINYIN" "shi2"
digits=(ling2 yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3)  # 零 一 二 三 四 五 六 七 八 九
for i in "${!digits[@]}"; do
  speak "$i" "$PINYIN" "${digits[$i]}"
done
# Letters as Chinese speakers say them on a queue call (A "ei", B "bi", C "sei", D "di").
for letter in A B C D; do
  speak "$letter" cmn "$letter"
done

# A soft two-tone "ding-dong" (E5 then C5) with a bell-like decay and a short rest after.
sox -n -r "$RATE" -c 1 -b 16 "$TMP/ding.wav" synth 0.55 sine 659.25 sine 1318.5 \
  remix 1v0.8,2v0.2 fade l 0.005 0.55 0.5
sox -n -r "$RATE" -c 1 -b 16 "$TMP/dong.wav" synth 0.9 sine 523.25 sine 1046.5 \
  remix 1v0.8,2v0.2 fade l 0.005 0.9 0.85
sox "$TMP/ding.wav" "$TMP/dong.wav" -r "$RATE" -c 1 -b 16 "$OUT/chime.wav" \
  norm -6 pad 0 0.25
ls -l "$OUT"
