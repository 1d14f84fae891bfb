while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
while true; do
:
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
done
