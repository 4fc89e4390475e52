/* The opening comparison: the candidates ticked for side-by-side go to the server in one hidden field. */
function candorCmpCollect() {
    var ids = Array.prototype.slice.call(document.querySelectorAll('input.cmp-select:checked')).map(function (e) { return e.value; });
    document.getElementById('cmp:selection').value = ids.join(',');
}
